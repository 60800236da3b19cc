import { sortKey, spanOf } from '../chronology/fuzzy-date';
import type { ChronologyEvent } from '../model/chronology';
import type { EventMonth, EventsOverTime, MonthKey } from '../model/overview';
import { fillMonths, monthOfInstant } from './months';

/**
 * Where an event goes in a chart by month, and whether its date is sure of
 * that month. An event counts once (spreading it over its span would make
 * one event look like many), in the month where the chronology sorts it:
 * the start of its span, the named date of "ca. …", the one known edge of
 * "vóór …" / "na …". It is uncertain when its span reaches outside that
 * month (a quarter, a week across two months, "ca. december", "vóór 1
 * maart"). The chronology filtered to that month shows it, since its span
 * overlaps the month.
 */
export function eventMonth(event: Pick<ChronologyEvent, 'date'>): { month: MonthKey; uncertain: boolean } {
  const month = monthOfInstant(sortKey(event.date).earliest);
  const span = spanOf(event.date);
  const uncertain = span.earliest === null || span.latest === null || monthOfInstant(span.earliest) !== month || monthOfInstant(span.latest) !== month;
  return { month, uncertain };
}

/** Events per month from the first to the last, empty months included. */
export function eventsOverTime(events: readonly Pick<ChronologyEvent, 'date'>[]): EventsOverTime {
  const counts = new Map<MonthKey, { count: number; uncertain: number }>();
  for (const event of events) {
    const { month, uncertain } = eventMonth(event);
    const entry = counts.get(month) ?? { count: 0, uncertain: 0 };
    entry.count += 1;
    if (uncertain) entry.uncertain += 1;
    counts.set(month, entry);
  }
  const months: EventMonth[] = fillMonths(counts, () => ({ count: 0, uncertain: 0 })).map(([month, entry]) => ({ month, ...entry }));
  return { months, total: events.length };
}
