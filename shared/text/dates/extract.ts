import { parseCivilDay } from '../../chronology/fuzzy-date/civil';
import type { FuzzyDate } from '../../chronology/fuzzy-date/model';
import { SpoorError } from '../../errors';
import { parseChain } from './chains';
import { MODIFIERS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS, RELATIVE_DAYS, RELATIVE_PERIOD, RELATIVE_YEAR, SEASONS, WEEKDAYS, YEAR_CONTEXT } from './lexicon';
import type { DateMention } from './mention';
import { mentionsOfSegment } from './mentions';
import { Reader } from './reader';
import { toReference, type Reference } from './resolve';
import { tokenize, type Token } from './tokens';

export interface DateExtractionOptions {
  /**
   * The document's own date, `YYYY-MM-DD` (an ISO timestamp is cut to its
   * date): it decides years left out ("3 juni"), jl. and a.s., and
   * "gisteren". Without it such dates come back with value null.
   */
  referenceDate?: string;
}

/** Words a date can start with; every other word is skipped at once. */
const START_WORDS = new Set<string>([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...SEASONS.keys(),
  ...PARTS.keys(),
  ...ORDINALS.keys(),
  ...RELATIVE_DAYS.keys(),
  ...RELATIVE_PERIOD.keys(),
  ...RELATIVE_YEAR.keys(),
  ...MODIFIERS.map((modifier) => modifier.words[0] as string),
  ...NUMBER_WORDS.keys(),
  'q',
  'k',
  'h',
  'week',
  'wk',
  'weeknummer',
  'weeknr',
  'vergaderjaar',
  'zittingsjaar',
  'kamerstukken',
  'kamerstuk',
  'handelingen',
  'tussen',
  'van',
  'afgelopen',
  'vorige',
  'voorbije',
  'aankomende',
]);

function mayStart(r: Reader, i: number): boolean {
  const token = r.at(i);
  if (!token) return false;
  return token.kind === 'num' || START_WORDS.has(token.lower);
}

/** A temporal word just before token i: "in 2016", "sinds mei", "t/m 2019", "ca. 2019". */
function hasContext(r: Reader, i: number): boolean {
  if (YEAR_CONTEXT.has(r.lower(i - 1))) return true;
  return r.match(i - 3, ['t', '/', 'm']) === i || r.match(i - 3, ['tot', 'en', 'met']) === i || r.match(i - 2, ['ca', '.']) === i;
}

export function parseReferenceDate(referenceDate: string | undefined): Reference | undefined {
  if (referenceDate === undefined) return undefined;
  const day = parseCivilDay(referenceDate.slice(0, 10));
  if (!day || (referenceDate.length > 10 && referenceDate[10] !== 'T' && referenceDate[10] !== ' ')) {
    throw new SpoorError('dates.invalidReferenceDate', `Not a reference date (YYYY-MM-DD): ${referenceDate}`, { value: referenceDate });
  }
  return toReference(day);
}

/**
 * Every date holds one of these: a digit, a month or season name, or a word
 * such as "kwartaal", "jaar", "gisteren". Only the text around them is
 * tokenised and parsed; the rest of a long document is skipped at regex speed.
 */
const TRIGGER_WORDS = [
  ...MONTHS.keys(),
  ...SEASONS.keys(),
  ...RELATIVE_DAYS.keys(),
  ...['kwartaal', 'helft', 'halfjaar', 'jaarhelft', 'jaar', 'maand', 'week', 'wk', 'weeknummer', 'weeknr', 'geleden'],
];
const TRIGGER = (() => {
  const byFirst = new Map<string, string[]>();
  for (const word of TRIGGER_WORDS) byFirst.set(word[0] as string, [...(byFirst.get(word[0] as string) ?? []), word.slice(1)]);
  const alternatives = [...byFirst].map(([first, rests]) => `${first}(?:${rests.sort((a, b) => b.length - a.length).join('|')})`);
  return new RegExp(`\\d+|\\b(?:${alternatives.join('|')})\\b`, 'gi');
})();
/** Characters kept on each side of a trigger: enough for "met ingang van" before and "om 14.40 uur CEST" after. */
const MARGIN = 80;
const SPACE = /\s/;

/** Stretches of text around triggers, starting and ending at whitespace so that no token is cut. */
function regions(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  TRIGGER.lastIndex = 0;
  for (let match = TRIGGER.exec(text); match !== null; match = TRIGGER.exec(text)) {
    let start = Math.max(0, match.index - MARGIN);
    let end = Math.min(text.length, match.index + match[0].length + MARGIN);
    while (start > 0 && !SPACE.test(text[start - 1] as string)) start -= 1;
    while (end < text.length && !SPACE.test(text[end] as string)) end += 1;
    const last = found[found.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else found.push([start, end]);
  }
  return found;
}

function scanTokens(text: string, tokens: Token[], reference: Reference | undefined, standalone: boolean, mentions: DateMention[]): void {
  const r = new Reader(tokens);
  for (let i = 0; i < r.length; ) {
    if (!mayStart(r, i)) {
      i += 1;
      continue;
    }
    const chain = parseChain(r, i, (standalone && i === 0) || hasContext(r, i));
    if (!chain) {
      i += 1;
      continue;
    }
    for (const segment of chain.segments) mentions.push(...mentionsOfSegment(segment, r, text, reference));
    i = chain.resumeAt;
  }
}

function scan(text: string, reference: Reference | undefined, standalone: boolean): DateMention[] {
  const mentions: DateMention[] = [];
  if (standalone) scanTokens(text, tokenize(text), reference, true, mentions);
  else for (const [start, end] of regions(text)) scanTokens(text, tokenize(text, start, end), reference, false, mentions);
  return mentions;
}

/** The same result as extractDates, parsing every token of the text: the reference the windowed scan is tested against. */
export function extractDatesWithoutWindows(text: string, options: DateExtractionOptions = {}): DateMention[] {
  const mentions: DateMention[] = [];
  scanTokens(text, tokenize(text), parseReferenceDate(options.referenceDate), false, mentions);
  return mentions;
}

/**
 * Every date in a Dutch text, in text order, each with its span, precision
 * and normalised value. Pure and synchronous; never throws on any text.
 */
export function extractDates(text: string, options: DateExtractionOptions = {}): DateMention[] {
  return scan(text, parseReferenceDate(options.referenceDate), false);
}

/**
 * One date expression that makes up the whole text ("medio 2020", "Q3 2021",
 * "2016", "ca. 5 december 2019"), as an analyst types it; null when the text
 * is not exactly one date. A bare year or month counts here, as there is no
 * sentence around it to tell it from a number.
 */
export function parseDateExpression(text: string, options: DateExtractionOptions = {}): FuzzyDate | null {
  const trimmed = text.trim();
  const mentions = scan(trimmed, parseReferenceDate(options.referenceDate), true);
  const only = mentions[0];
  return mentions.length === 1 && only && only.start === 0 && only.end === trimmed.length ? only.value : null;
}
