/**
 * npm run bench:dates — how well Spoor finds Dutch dates, beside chrono-node's
 * Dutch parser, on the sentence table in tests/unit/dates/sentences.ts, and
 * how fast it runs over a 1,000-page document. Prints figures; asserts nothing.
 *
 * Scoring. Each sentence is parsed by both extractors with the same reference
 * date (the document's own date). A found date is correct when its
 * normalised span, the earliest and the latest second it covers, equals the
 * span of an expected date of that sentence that no other found date has
 * matched yet (one-to-one). So "juni 2020" for an expected "3 juni 2020" is
 * wrong, and so is the plain day for an expected "vóór 1 juli 2024" (an open
 * span). precision = correct / found, recall = correct / expected.
 * The lenient score beside it only asks whether the found text overlaps the
 * expected text, whatever the value: it shows which misses are about
 * finding a date and which about reading it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { spanOf, type FuzzyDate, type SimpleDate } from '../../shared/chronology/fuzzy-date';
import { extractDates } from '../../shared/text/dates';
import { DATE_SENTENCES, type DateSentence } from '../unit/dates/sentences';

interface Found {
  start: number;
  end: number;
  /** Earliest and latest second as `earliest/latest`; '' when the value is unknown. */
  span: string;
}

const spanKey = (date: FuzzyDate): string => {
  const span = spanOf(date);
  return `${span.earliest ?? '-inf'}/${span.latest ?? '+inf'}`;
};

function spoorFinds(sentence: DateSentence): Found[] {
  return extractDates(sentence.text, { referenceDate: sentence.ref }).map((m) => ({ start: m.start, end: m.end, span: m.value ? spanKey(m.value) : '' }));
}

/** chrono's components as the simple date they are certain about. */
function chronoDate(c: chrono.ParsedComponents): SimpleDate {
  const [year, month, day] = [c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1];
  if (c.isCertain('hour')) {
    const time = { hour: c.get('hour') ?? 0, minute: c.get('minute') ?? 0 };
    return c.isCertain('second') ? { kind: 'datetime', year, month, day, ...time, second: c.get('second') ?? 0 } : { kind: 'datetime', year, month, day, ...time };
  }
  if (c.isCertain('day') || c.isCertain('weekday')) return { kind: 'day', year, month, day };
  if (c.isCertain('month')) return { kind: 'month', year, month };
  if (c.isCertain('year')) return { kind: 'year', year };
  return { kind: 'day', year, month, day };
}

function chronoFinds(sentence: DateSentence): Found[] {
  const [y, m, d] = sentence.ref.split('-').map(Number) as [number, number, number];
  return chrono.nl.parse(sentence.text, new Date(y, m - 1, d, 12)).map((result) => {
    const start = chronoDate(result.start);
    const value: FuzzyDate = result.end ? { kind: 'range', from: start, to: chronoDate(result.end) } : start;
    return { start: result.index, end: result.index + result.text.length, span: spanKey(value) };
  });
}

interface Score {
  found: number;
  correct: number;
  expected: number;
  lenientCorrect: number;
  byGenre: Map<string, { expected: number; correct: number; falsePositives: number }>;
  misses: string[];
}

/** Where each expected date's text stands in the sentence, searched left to right. */
function expectedOffsets(sentence: DateSentence): Array<{ start: number; end: number; span: string }> {
  let from = 0;
  return sentence.expected.map((date) => {
    const start = sentence.text.indexOf(date.text, from);
    from = start + date.text.length;
    return { start, end: start + date.text.length, span: spanKey(date.value) };
  });
}

function score(extract: (sentence: DateSentence) => Found[]): Score {
  const result: Score = { found: 0, correct: 0, expected: 0, lenientCorrect: 0, byGenre: new Map(), misses: [] };
  for (const sentence of DATE_SENTENCES) {
    const found = extract(sentence);
    const expected = expectedOffsets(sentence);
    const genre = result.byGenre.get(sentence.genre) ?? { expected: 0, correct: 0, falsePositives: 0 };
    result.byGenre.set(sentence.genre, genre);
    const open = new Set(expected.map((_, index) => index));
    const lenientOpen = new Set(open);
    let correctHere = 0;
    for (const item of found) {
      const match = [...open].find((index) => expected[index]?.span === item.span);
      if (match !== undefined) {
        open.delete(match);
        correctHere += 1;
      }
      const overlap = [...lenientOpen].find((index) => {
        const want = expected[index];
        return want !== undefined && item.start < want.end && want.start < item.end;
      });
      if (overlap !== undefined) {
        lenientOpen.delete(overlap);
        result.lenientCorrect += 1;
      }
    }
    result.found += found.length;
    result.correct += correctHere;
    result.expected += expected.length;
    genre.expected += expected.length;
    genre.correct += correctHere;
    genre.falsePositives += found.length - correctHere;
    if (correctHere !== expected.length || found.length !== correctHere) result.misses.push(sentence.text);
  }
  return result;
}

const pct = (part: number, whole: number): string => (whole === 0 ? '  n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);
const f1 = (s: Score): string => {
  const p = s.correct / s.found;
  const r = s.correct / s.expected;
  return `${((200 * p * r) / (p + r)).toFixed(1).padStart(5)}%`;
};

function printScores(rows: Array<[string, Score]>): void {
  const first = rows[0]?.[1];
  if (!first) return;
  const traps = DATE_SENTENCES.filter((sentence) => sentence.expected.length === 0).length;
  console.log(`Dutch date extraction: ${DATE_SENTENCES.length} sentences, ${first.expected} expected dates, ${traps} traps without a date\n`);
  console.log('extractor            found  correct  precision  recall     F1   | lenient precision  recall');
  for (const [name, s] of rows) {
    console.log(
      `${name.padEnd(20)} ${String(s.found).padStart(5)}  ${String(s.correct).padStart(7)}     ${pct(s.correct, s.found)}  ${pct(s.correct, s.expected)}  ${f1(s)}  |            ${pct(s.lenientCorrect, s.found)}  ${pct(s.lenientCorrect, s.expected)}`,
    );
  }
  console.log('\nrecall by genre (false positives in brackets)');
  for (const genre of first.byGenre.keys()) {
    const cells = rows.map(([name, s]) => {
      const g = s.byGenre.get(genre) ?? { expected: 0, correct: 0, falsePositives: 0 };
      return `${name}: ${g.expected === 0 ? '  n/a' : pct(g.correct, g.expected)} (${g.falsePositives})`;
    });
    console.log(`  ${genre.padEnd(10)} ${cells.join('   ')}`);
  }
}

// --- speed over a 1,000-page document -------------------------------------------------

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const essayPath = path.resolve(root, '../shared/corpus/text/ambtelijk-vakmanschap.md');
const PAGE_CHARS = 3000;
const PAGES = 1000;

/** Passages of a 1,000-page document made by repeating `base`'s paragraphs. */
function thousandPages(base: string): string[] {
  const paragraphs = base.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const passages: string[] = [];
  let chars = 0;
  for (let i = 0; chars < PAGE_CHARS * PAGES; i += 1) {
    const passage = paragraphs[i % paragraphs.length] as string;
    passages.push(passage);
    chars += passage.length;
  }
  return passages;
}

/** Prose with few dates (the essay, where the corpus is present) and text dense with dates (the table's sentences). */
function documents(): Array<{ name: string; passages: string[] }> {
  const dense = { name: 'date-dense: the table sentences, 5 to a passage', passages: thousandPages(chunk(DATE_SENTENCES.map((s) => s.text), 5).join('\n\n')) };
  if (!fs.existsSync(essayPath)) return [dense];
  return [{ name: 'prose: the essay in ../shared/corpus', passages: thousandPages(fs.readFileSync(essayPath, 'utf8')) }, dense];
}

function chunk(lines: string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += size) out.push(lines.slice(i, i + size).join(' '));
  return out;
}

interface Timing {
  wallMs: number;
  cpuMs: number;
  count: number;
}

/** Median wall-clock and CPU time of `runs` runs: on a shared machine the CPU time is the steadier figure. */
function timeRuns(runs: number, work: () => number): Timing {
  const timings: Timing[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const count = work();
    const used = process.cpuUsage(cpu);
    timings.push({ wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, count });
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  return { wallMs: median(timings.map((t) => t.wallMs)), cpuMs: median(timings.map((t) => t.cpuMs)), count: timings[0]?.count ?? 0 };
}

function printSpeed(): void {
  const reference = { referenceDate: '2022-06-01' };
  const ref = new Date(2022, 5, 1, 12);
  const line = (name: string, t: Timing, runs: string) =>
    console.log(`    ${name.padEnd(18)} ${t.cpuMs.toFixed(0).padStart(6)} ms CPU, ${t.wallMs.toFixed(0).padStart(6)} ms wall  (${t.count} dates found; ${runs})`);
  console.log(`\nspeed over every passage of a ${PAGES}-page document (${PAGE_CHARS} characters a page):`);
  for (const { name, passages } of documents()) {
    const chars = passages.reduce((sum, p) => sum + p.length, 0);
    extractDates(passages.slice(0, 200).join('\n'), reference); // warm up the JIT
    console.log(`  ${name}: ${passages.length} passages, ${(chars / 1e6).toFixed(2)} M characters`);
    line('Spoor', timeRuns(5, () => passages.reduce((sum, p) => sum + extractDates(p, reference).length, 0)), 'median of 5 runs');
    line('chrono-node (nl)', timeRuns(1, () => passages.reduce((sum, p) => sum + chrono.nl.parse(p, ref).length, 0)), '1 run');
  }
}

const rows: Array<[string, Score]> = [
  ['Spoor', score(spoorFinds)],
  ['chrono-node (nl)', score(chronoFinds)],
];
printScores(rows);
if (process.argv.includes('--misses')) {
  for (const [name, s] of rows) console.log(`\n${name} misses or extras in:\n${s.misses.map((m) => `  - ${m}`).join('\n')}`);
}
printSpeed();
