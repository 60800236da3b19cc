/**
 * The query language, parsed into clauses. Pure (no stemmer), so the UI can
 * check a query as it is typed and the back end can run it.
 *
 *   toeslagen                  a word, in any Dutch form (stemmed)
 *   +minister -staatssecretaris  must / must not occur
 *   "raad van state"           exact phrase, verified against the passage text
 *   belast*                    words starting with "belast"
 *   toeslag~1  toeslag~        words within 1 (or 2: ~2) edits
 *   titel:jaarplan  afzender:"J. Jansen"  ontvanger:…  soort:email
 *   grond:5.1.2e  code:BO1     filters on document, page or coding facts
 *   datum:2019  datum:2019-01..2019-06  datum:..2020-03-01
 *
 * Words without + or - are optional: a passage must match at least one of
 * them (or a + clause), and matching more ranks higher (lunr's semantics).
 */
import { fold, tokenize } from './text';

export type Presence = 'should' | 'must' | 'mustNot';

/** Filter fields, by their canonical name. */
export const FIELD_NAMES = ['title', 'sender', 'recipient', 'type', 'ground', 'code', 'date'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** What a person may type before the colon: Dutch and English names. */
export const FIELD_ALIASES: Readonly<Record<string, FieldName>> = {
  titel: 'title',
  title: 'title',
  afzender: 'sender',
  sender: 'sender',
  van: 'sender',
  ontvanger: 'recipient',
  recipient: 'recipient',
  aan: 'recipient',
  soort: 'type',
  type: 'type',
  grond: 'ground',
  ground: 'ground',
  code: 'code',
  datum: 'date',
  date: 'date',
};

interface ClauseBase {
  presence: Presence;
  /** Where the clause was typed, for messages and the UI. */
  start: number;
  end: number;
}

export type Clause =
  /** One word; `exact` (a quoted single word) means its exact form, not its stem. */
  | (ClauseBase & { kind: 'term'; word: string; exact: boolean })
  | (ClauseBase & { kind: 'prefix'; prefix: string })
  | (ClauseBase & { kind: 'fuzzy'; word: string; distance: 1 | 2 })
  | (ClauseBase & { kind: 'phrase'; words: string[] })
  | (ClauseBase & { kind: 'field'; field: Exclude<FieldName, 'date'>; value: string; prefix: boolean })
  /** Inclusive date range, as ISO dates `YYYY-MM-DD`; either end may be open. */
  | (ClauseBase & { kind: 'date'; from?: string; to?: string });

export interface ParsedQuery {
  clauses: Clause[];
}

export type ProblemKind =
  | 'empty'
  | 'unclosedQuote'
  | 'emptyPhrase'
  | 'danglingOperator'
  | 'unknownField'
  | 'emptyFieldValue'
  | 'leadingWildcard'
  | 'innerWildcard'
  | 'shortPrefix'
  | 'fuzzyDistance'
  | 'fuzzyPhrase'
  | 'booleanOperator'
  | 'badDate'
  | 'badDateRange'
  | 'onlyExclusions'
  | 'noWords'
  | 'onlyStopWords'
  | 'tooLong';

/** Why a query cannot run, and where: the UI and CLI turn this into a sentence. */
export interface QueryProblem {
  kind: ProblemKind;
  /** 0-based offset in the query where the problem is. */
  position: number;
  /** The piece of the query concerned. */
  value?: string;
}

export type ParseResult = { ok: true; query: ParsedQuery } | { ok: false; problem: QueryProblem };

export const MAX_QUERY_LENGTH = 2000;
const MIN_PREFIX = 2;

class ProblemError extends Error {
  constructor(readonly problem: QueryProblem) {
    super(problem.kind);
  }
}

function fail(kind: ProblemKind, position: number, value?: string): never {
  throw new ProblemError(value === undefined ? { kind, position } : { kind, position, value });
}

function pad(part: string): string {
  return part.padStart(2, '0');
}

/** A date as typed (YYYY, YYYY-MM, YYYY-MM-DD; also D-M-YYYY) → the first or last day it covers. */
export function dateBound(text: string, end: 'from' | 'to'): string | undefined {
  let year: number;
  let month: number | undefined;
  let day: number | undefined;
  let match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (match) {
    year = Number(match[1]);
    month = match[2] === undefined ? undefined : Number(match[2]);
    day = match[3] === undefined ? undefined : Number(match[3]);
  } else {
    match = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
    if (!match) return undefined;
    day = Number(match[1]);
    month = Number(match[2]);
    year = Number(match[3]);
  }
  if (year < 1000 || (month !== undefined && (month < 1 || month > 12))) return undefined;
  const lastDay = (m: number) => new Date(Date.UTC(year, m, 0)).getUTCDate();
  if (day !== undefined && (month === undefined || day < 1 || day > lastDay(month))) return undefined;
  const m = month ?? (end === 'from' ? 1 : 12);
  const d = day ?? (end === 'from' ? 1 : lastDay(m));
  return `${year}-${pad(String(m))}-${pad(String(d))}`;
}

function parseDate(value: string, position: number): { from?: string; to?: string } {
  const range = value.split('..');
  if (range.length > 2) fail('badDate', position, value);
  const [first = '', second] = range;
  if (second === undefined) {
    const from = dateBound(first, 'from');
    const to = dateBound(first, 'to');
    if (!from || !to) fail('badDate', position, value);
    return { from, to };
  }
  if (first === '' && second === '') fail('badDate', position, value);
  const from = first === '' ? undefined : dateBound(first, 'from');
  const to = second === '' ? undefined : dateBound(second, 'to');
  if ((first !== '' && !from) || (second !== '' && !to)) fail('badDate', position, value);
  if (from && to && from > to) fail('badDateRange', position, value);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Reads a quoted stretch starting at `at` (which holds `"`); returns its content and the offset after it. */
function readQuoted(input: string, at: number): { content: string; next: number } {
  const close = input.indexOf('"', at + 1);
  if (close < 0) fail('unclosedQuote', at, input.slice(at, at + 30));
  return { content: input.slice(at + 1, close), next: close + 1 };
}

function readBare(input: string, at: number): { content: string; next: number } {
  let end = at;
  while (end < input.length && !/\s/.test(input[end] as string)) end += 1;
  return { content: input.slice(at, end), next: end };
}

function wordsOf(text: string): string[] {
  return tokenize(text).map((token) => token.surface);
}

function parseWord(raw: string, base: ClauseBase): Clause | null {
  const position = base.start;
  if (/^(AND|OR|NOT|EN|OF|NIET)$/.test(raw)) fail('booleanOperator', position, raw);
  const star = raw.indexOf('*');
  if (star >= 0) {
    if (star === 0) fail('leadingWildcard', position, raw);
    if (star !== raw.length - 1) fail('innerWildcard', position, raw);
    const words = wordsOf(raw.slice(0, -1));
    if (words.length !== 1) fail('innerWildcard', position, raw);
    const prefix = words[0] as string;
    if (prefix.length < MIN_PREFIX) fail('shortPrefix', position, raw);
    return { ...base, kind: 'prefix', prefix };
  }
  const tilde = raw.indexOf('~');
  if (tilde >= 0) {
    const distanceText = raw.slice(tilde + 1);
    if (!/^[12]?$/.test(distanceText)) fail('fuzzyDistance', position + tilde, raw);
    const words = wordsOf(raw.slice(0, tilde));
    if (words.length === 0) fail('noWords', position, raw);
    if (words.length > 1) fail('fuzzyPhrase', position, raw);
    return { ...base, kind: 'fuzzy', word: words[0] as string, distance: distanceText === '2' ? 2 : 1 };
  }
  const words = wordsOf(raw);
  if (words.length === 0) return null;
  // `secretaris-generaal` is two words that must stand together.
  if (words.length > 1) return { ...base, kind: 'phrase', words };
  return { ...base, kind: 'term', word: words[0] as string, exact: false };
}

function parseField(name: string, value: string, quoted: boolean, base: ClauseBase): Clause {
  const field = FIELD_ALIASES[name.toLowerCase()];
  if (!field) fail('unknownField', base.start, name);
  if (value.trim() === '') fail('emptyFieldValue', base.start, `${name}:`);
  if (field === 'date') return { ...base, kind: 'date', ...parseDate(value.trim(), base.start) };
  const prefix = !quoted && value.endsWith('*');
  const text = prefix ? value.slice(0, -1) : value;
  if (!quoted && text.includes('*')) fail('innerWildcard', base.start, value);
  const normalised = field === 'ground' ? fold(text).replace(/\s+/g, '') : fold(text).trim();
  if (normalised === '') fail('emptyFieldValue', base.start, `${name}:`);
  return { ...base, kind: 'field', field, value: normalised, prefix };
}

function parseOrThrow(input: string): ParsedQuery {
  if (input.trim() === '') fail('empty', 0);
  const clauses: Clause[] = [];
  let at = 0;
  while (at < input.length) {
    if (/\s/.test(input[at] as string)) {
      at += 1;
      continue;
    }
    const start = at;
    let presence: Presence = 'should';
    if (input[at] === '+' || input[at] === '-') {
      presence = input[at] === '+' ? 'must' : 'mustNot';
      at += 1;
      if (at >= input.length || /[\s+-]/.test(input[at] as string)) fail('danglingOperator', start, input[start]);
    }
    if (input[at] === '"') {
      const { content, next } = readQuoted(input, at);
      at = next;
      if (input[at] === '~') fail('fuzzyPhrase', at, input.slice(start, at + 2));
      const words = wordsOf(content);
      if (words.length === 0) fail('emptyPhrase', start, input.slice(start, at));
      const base = { presence, start, end: at };
      clauses.push(words.length === 1 ? { ...base, kind: 'term', word: words[0] as string, exact: true } : { ...base, kind: 'phrase', words });
      continue;
    }
    const field = /^([\p{L}]+):/u.exec(input.slice(at));
    if (field) {
      const name = field[1] as string;
      const valueAt = at + field[0].length;
      const quoted = input[valueAt] === '"';
      const { content, next } = quoted ? readQuoted(input, valueAt) : readBare(input, valueAt);
      at = next;
      clauses.push(parseField(name, content, quoted, { presence, start, end: at }));
      continue;
    }
    const { content, next } = readBare(input, at);
    at = next;
    const clause = parseWord(content, { presence, start, end: at });
    if (clause) clauses.push(clause);
  }
  const searchable = clauses.filter((clause) => clause.presence !== 'mustNot');
  if (clauses.length === 0) fail('noWords', 0, input.trim().slice(0, 30));
  if (searchable.length === 0) fail('onlyExclusions', 0);
  return { clauses };
}

/** Parses a query. Never throws: a malformed query gives a problem saying what and where. */
export function parseQuery(input: string): ParseResult {
  if (input.length > MAX_QUERY_LENGTH) return { ok: false, problem: { kind: 'tooLong', position: MAX_QUERY_LENGTH } };
  try {
    return { ok: true, query: parseOrThrow(input) };
  } catch (error) {
    if (error instanceof ProblemError) return { ok: false, problem: error.problem };
    throw error;
  }
}
