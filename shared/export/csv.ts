import { precisionOf, spanAsText, spanOf } from '../chronology/fuzzy-date';
import type { Report } from './report/model';

/**
 * The events and their citations as CSV (RFC 4180, UTF-8 with a byte order
 * mark so spreadsheet programs read the accents): one row per citation,
 * the event's fields repeated; an event without a citation has one row with
 * empty citation fields. The date is given as written (in the report's
 * language), as a span (earliest and latest instant, civil time) and with
 * its precision, so it sorts and filters without losing its fuzziness.
 */

export const CSV_COLUMNS = [
  'position',
  'event_id',
  'date',
  'date_earliest',
  'date_latest',
  'precision',
  'title',
  'type',
  'status',
  'supported',
  'actors',
  'codes',
  'signal_from',
  'signal_to',
  'signal_answer',
  'signal_codes',
  'note',
  'document_title',
  'document_date',
  'page',
  'quote',
  'sha256',
  'quote_verified',
] as const;

/**
 * A cell as RFC 4180 wants it. A cell that a spreadsheet would run as a
 * formula (starting with = + - @ or a tab or carriage return) gets a leading
 * apostrophe, the usual guard against formula injection; the quote itself is
 * otherwise exactly as in the source.
 */
export function csvCell(value: string | number | boolean): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function eventsCsv(report: Report): string {
  const notes = new Map(report.footnotes.map((note) => [note.number, note]));
  const rows: Array<Array<string | number | boolean>> = [];
  report.events.forEach((event, index) => {
    const span = spanAsText(spanOf(event.date));
    const base = [
      index + 1,
      event.id,
      event.dateText,
      span.earliest ?? '',
      span.latest ?? '',
      precisionOf(event.date),
      event.title,
      event.typeLabel,
      event.statusLabel,
      event.supported,
      event.actors.map((actor) => `${actor.name} (${actor.roleLabel})`).join('; '),
      event.codes.join('; '),
      event.signal ? `${event.signal.from.name} (${event.signal.from.roleLabel})` : '',
      event.signal ? `${event.signal.to.name} (${event.signal.to.roleLabel})` : '',
      event.signal?.answer ?? '',
      event.signal?.codes.join('; ') ?? '',
    ];
    if (event.footnotes.length === 0) rows.push([...base, '', '', '', '', '', '', '']);
    for (const number of event.footnotes) {
      const note = notes.get(number);
      if (note) rows.push([...base, number, note.documentTitle, note.documentDate ?? '', note.page, note.quote, note.sha256, note.verified]);
    }
  });
  return `\uFEFF${[CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
