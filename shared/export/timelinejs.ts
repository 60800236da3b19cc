import type { FuzzyDate, SimpleDate } from '../chronology/fuzzy-date';
import { spanOf } from '../chronology/fuzzy-date';
import { civilFromDays, SECONDS_PER_DAY } from '../chronology/fuzzy-date/civil';
import type { Report } from './report/model';
import { escapeXml } from './report/escape';

/**
 * The chronology in TimelineJS3's JSON format (timeline.knightlab.com,
 * "JSON format"): a title slide and one slide per event with start_date,
 * end_date for a span, the date as written in display_date (so "Q3 2021"
 * is not shown as 1 July), the event's type as group, and the citations in
 * the text. TimelineJS renders text fields as HTML, so everything is
 * escaped, and autolink is off.
 */

type TimelineDate = Partial<Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>> & { year: string; display_date?: string };

interface Slide {
  start_date?: TimelineDate;
  end_date?: TimelineDate;
  display_date?: string;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
  autolink: boolean;
}

export interface TimelineJson {
  title: Slide;
  events: Slide[];
  scale: 'human';
}

/** Date parts of an instant (civil seconds), down to the precision the date has. */
function parts(instant: number, depth: 'year' | 'month' | 'day' | 'minute' | 'second'): TimelineDate {
  const days = Math.floor(instant / SECONDS_PER_DAY);
  const civil = civilFromDays(days);
  const date: TimelineDate = { year: String(civil.year) };
  if (depth === 'year') return date;
  date.month = String(civil.month);
  if (depth === 'month') return date;
  date.day = String(civil.day);
  if (depth === 'day') return date;
  const seconds = instant - days * SECONDS_PER_DAY;
  date.hour = String(Math.floor(seconds / 3600));
  date.minute = String(Math.floor((seconds % 3600) / 60));
  if (depth === 'second') date.second = String(seconds % 60);
  return date;
}

function depthOf(date: SimpleDate): 'year' | 'month' | 'day' | 'minute' | 'second' {
  switch (date.kind) {
    case 'datetime':
      return date.second === undefined ? 'minute' : 'second';
    case 'day':
      return 'day';
    case 'year':
      return 'year';
    case 'month':
      return 'month';
    default:
      // Weeks, parts of months and years, quarters, seasons: a span of days.
      return 'day';
  }
}

/** start_date and end_date of a fuzzy date; open ends have only their bounded edge. */
export function timelineDates(date: FuzzyDate): { start: TimelineDate; end?: TimelineDate } {
  const span = spanOf(date);
  const inner = date.kind === 'range' ? date.from : date.kind === 'before' || date.kind === 'after' || date.kind === 'approximate' ? date.date : date;
  const depth = depthOf(inner);
  const simpleOne = date.kind === 'day' || date.kind === 'datetime' || date.kind === 'year' || date.kind === 'month';
  if (span.earliest === null) return { start: parts(span.latest ?? 0, depth) };
  const start = parts(span.earliest, depth);
  if (simpleOne || span.latest === null) return { start };
  return { start, end: parts(span.latest, depth === 'year' || depth === 'month' ? 'day' : depth) };
}

export function timelineJson(report: Report): TimelineJson {
  const notes = new Map(report.footnotes.map((note) => [note.number, note]));
  return {
    scale: 'human',
    title: { text: { headline: escapeXml(report.title), text: `<p>${escapeXml(report.colophon)}</p><p>${escapeXml(report.verification)}</p>` }, autolink: false },
    events: report.events.map((event) => {
      const { start, end } = timelineDates(event.date);
      const citations = event.footnotes
        .map((number) => notes.get(number))
        .filter((note) => note !== undefined)
        .map((note) => `<li>${escapeXml(note.text)}</li>`)
        .join('');
      const meta = [event.typeLabel, event.statusLabel, ...event.actors.map((actor) => `${actor.name} (${actor.roleLabel})`), ...event.codes].map(escapeXml).join(' · ');
      const signal = event.signal
        ? `<p>${escapeXml(`${report.labels.signal}: ${event.signal.from.name} → ${event.signal.to.name}${event.signal.content ? `: ${event.signal.content}` : ''}. ${report.labels.answer}: ${event.signal.answer}`)}</p>`
        : '';
      const text = [
        `<p>${meta}</p>`,
        event.supported ? '' : `<p><strong>${escapeXml(report.labels.unsupported)}</strong></p>`,
        event.description ? `<p>${escapeXml(event.description)}</p>` : '',
        signal,
        citations ? `<ol>${citations}</ol>` : '',
      ].join('');
      return {
        start_date: { ...start, display_date: event.dateText },
        ...(end ? { end_date: end } : {}),
        display_date: event.dateText,
        text: { headline: escapeXml(event.title), text },
        group: event.typeLabel,
        unique_id: `event-${event.id}`,
        autolink: false,
      };
    }),
  };
}
