import { parseDayForm } from './day-forms';
import { DEADLINE_VERBS, LIST_CONNECTORS, LIST_FILLERS, MODIFIERS, MONTHS, NUMBER_LABELS, ORDINAL_SUFFIXES, RANGE_CONNECTORS, type Modifier } from './lexicon';
import { parsePeriodForm, type FormContext } from './period-forms';
import type { Reader } from './reader';
import { continues, countsOrLabels, readYearPair } from './slots';
import type { Written } from './written';

/**
 * How single dates combine: a modifier before one ("ca.", "vóór", "sinds"),
 * two as a range ("2 t/m 6 maart", "tussen 2016 en 2019", "van 1 januari
 * tot 31 maart 2020"), and several as a list whose items share a year or a
 * month ("12 augustus, 3 en 29 september en 21 november 2025").
 */
export interface Item {
  first: number;
  last: number;
  modifier?: Modifier;
  from: Written;
  to?: Written;
}

export interface Chain {
  /** Runs of list items that support each other; a year or month is shared only within one run. */
  segments: Item[][];
  /** Where to continue reading. */
  resumeAt: number;
}

const MAX_LIST_ITEMS = 100;
const RANGE_DASHES = '-–—‐‑';
/** A dash or "t/m" joins a range; "/" only between years ("2020/2021"). */
const DAY_RANGE_CONNECTORS = RANGE_CONNECTORS.filter((connector) => connector.join('') !== '/');
/** Year pairs that are a range without a temporal word before them: "2019–2020", "2016 t/m 2019". */
const STRONG_YEAR_CONNECTORS = new Set(['–', '—', 't/m', 'totenmet', 't.e.m.']);

export function parseAtom(r: Reader, i: number, context: FormContext): Written | undefined {
  return parseDayForm(r, i) ?? parsePeriodForm(r, i, context);
}

/** What may open a range but is no date alone: the "2" of "2 t/m 6 maart", the "maart" of "maart-mei 2020". */
function bareRangeStart(r: Reader, i: number): Written | undefined {
  // Up to 53: in "week 32 en 33" the bare number is a week.
  if (r.isNum(i, 1, 2) && r.value(i) >= 1 && r.value(i) <= 53 && (!continues(r, i) || r.isPunct(i + 1, RANGE_DASHES))) {
    const suffixed = r.isWord(i + 1) && r.attached(i + 1) && ORDINAL_SUFFIXES.has(r.lower(i + 1));
    return { kind: 'day', day: r.value(i), first: i, last: suffixed ? i + 1 : i, notes: [], bare: true };
  }
  const month = r.isWord(i) ? MONTHS.get(r.lower(i)) : undefined;
  if (!month) return undefined;
  const last = month.abbreviation && r.isPunct(i + 1, '.') && r.attached(i + 1) ? i + 1 : i;
  return { kind: 'month', month: month.month, first: i, last, notes: [], bare: true };
}

function fitsRange(from: Written, to: Written): boolean {
  if (to.bare) return false;
  if (from.bare) {
    if (from.kind === 'day') return to.kind === 'day' && to.month !== undefined;
    return from.kind === to.kind;
  }
  if (from.kind === 'day' && from.month === undefined) return false;
  return !(to.kind === 'year' && from.kind !== 'year' && from.year === undefined);
}

function weekNumber(r: Reader, i: number): Written | undefined {
  if (!r.isNum(i, 1, 2) || continues(r, i) || r.value(i) < 1 || r.value(i) > 53) return undefined;
  return { kind: 'week', week: r.value(i), first: i, last: i, notes: [] };
}

function yearRange(r: Reader, i: number, context: FormContext): Item | undefined {
  const pair = readYearPair(r, i, RANGE_CONNECTORS);
  if (!pair || pair.from < 1800 || pair.to > 2099 || countsOrLabels(r, i)) return undefined;
  if (!context.context && !STRONG_YEAR_CONNECTORS.has(pair.connector)) return undefined;
  const from: Written = { kind: 'year', year: pair.from, first: i, last: i, notes: [] };
  const to: Written = { kind: 'year', year: pair.to, first: pair.last, last: pair.last, notes: [] };
  return { first: i, last: pair.last, from, to };
}

/** A date, or two joined as a range. */
function parseRange(r: Reader, i: number, context: FormContext): Item | undefined {
  const years = yearRange(r, i, context);
  if (years) return years;
  const atom = parseAtom(r, i, context);
  const from = atom ?? bareRangeStart(r, i);
  if (!from) return undefined;
  const connector = r.matchSequence(from.last + 1, DAY_RANGE_CONNECTORS);
  if (connector >= 0) {
    const to = parseAtom(r, connector, { context: true, allowBare: false }) ?? (from.kind === 'week' ? weekNumber(r, connector) : undefined);
    if (to && fitsRange(from, to)) return { first: from.first, last: to.last, from, to };
  }
  if (atom) return { first: atom.first, last: atom.last, from: atom };
  return from.kind === 'day' && context.allowBare ? { first: from.first, last: from.last, from } : undefined;
}

/** "rond het eind van 2019", "vóór de zomer van 2020": a period after an article. */
function periodAfterArticle(r: Reader, i: number): Item | undefined {
  if (!r.isWord(i, 'het') && !r.isWord(i, 'de')) return undefined;
  const inner = parseRange(r, i + 1, { context: true, allowBare: false });
  const periods = ['part', 'season', 'half', 'quarter'];
  return inner && !inner.to && periods.includes(inner.from.kind) ? inner : undefined;
}

function parseItem(r: Reader, i: number, context: FormContext): Item | undefined {
  if (r.isWord(i, 'tussen')) {
    const from = parseAtom(r, i + 1, { context: true, allowBare: false }) ?? bareRangeStart(r, i + 1);
    if (!from || !r.isWord(from.last + 1, 'en')) return undefined;
    const to = parseAtom(r, from.last + 2, { context: true, allowBare: false });
    return to && fitsRange(from, to) ? { first: i, last: to.last, from, to } : undefined;
  }
  if (r.isWord(i, 'van')) {
    // "van 1 januari tot 31 maart": the range, without the "van".
    const range = parseRange(r, i + 1, { context: true, allowBare: false });
    return range?.to ? range : undefined;
  }
  const modifier = r.matchAny(i, MODIFIERS);
  if (modifier) {
    // "uiterlijk in het derde kwartaal": the "in" belongs to the span.
    const at = r.isWord(modifier.next, 'in') ? modifier.next + 1 : modifier.next;
    const inner = parseRange(r, at, { context: true, allowBare: false }) ?? periodAfterArticle(r, at);
    if (!inner) return undefined;
    // "verdaagd tot 11 mei" names the new deadline itself.
    const deadline = (r.isWord(i, 'tot') || r.isWord(i, 't')) && DEADLINE_VERBS.has(r.lower(i - 1));
    // "vanaf 1 t/m 5 juni" is the range; "tot 2 t/m 6 maart" makes no sense: keep the range alone.
    if (inner.to) return modifier.option.modifier === 'afterInclusive' ? { ...inner, first: i } : inner;
    if (deadline) return inner;
    return { ...inner, first: i, modifier: modifier.option.modifier };
  }
  return parseRange(r, i, context);
}

function labelBefore(r: Reader, i: number): string {
  return r.isPunct(i - 1, '.') ? r.lower(i - 2) : r.lower(i - 1);
}

/** A month the item gives to a bare day before it in a list, if any. */
function lendsMonth(item: Item): boolean {
  const lender = item.from.month !== undefined && !item.from.bare ? item.from : item.to;
  return lender?.kind === 'day' && lender.month !== undefined;
}

function hasYearInfo(written: Written): boolean {
  return written.year !== undefined || written.relativeYear !== undefined || written.anchor !== undefined;
}

/**
 * Whether a bare item is a date here: a bare day needs a later day with a
 * month ("3 en 29 september"), a bare year an earlier year ("in 2018, 2019"),
 * a bare month or quarter another one beside it that is dated.
 */
function isSupported(r: Reader, items: readonly Item[], index: number, previousValid: Item | undefined): boolean {
  const item = items[index] as Item;
  const bare = item.from;
  if (!bare.bare || item.to) return true;
  const next = items.slice(index + 1).find((other) => !(other.from.bare && !other.to && other.from.kind === bare.kind));
  switch (bare.kind) {
    case 'day':
      if (previousValid && (previousValid.to ?? previousValid.from).kind === 'week' && bare.day !== undefined && bare.day <= 53) {
        // "week 32 en 33": the number after a week is a week.
        item.from = { kind: 'week', week: bare.day, first: bare.first, last: bare.last, notes: [] };
        return true;
      }
      return (bare.day ?? 0) <= 31 && !NUMBER_LABELS.has(labelBefore(r, item.first)) && next !== undefined && lendsMonth(next);
    case 'year':
      return previousValid?.from.kind === 'year';
    case 'month':
    case 'quarter':
      return previousValid?.from.kind === bare.kind || (next !== undefined && next.from.kind === bare.kind && hasYearInfo(next.to ?? next.from));
    default:
      return false;
  }
}

/** The longest chain of dated items from token i; undefined when nothing there is a date. */
export function parseChain(r: Reader, i: number, context: boolean): Chain | undefined {
  const first = parseItem(r, i, { context, allowBare: true });
  if (!first) return undefined;
  const items = [first];
  for (let item = first; items.length < MAX_LIST_ITEMS; ) {
    const connector = r.matchSequence(item.last + 1, LIST_CONNECTORS);
    if (connector < 0) break;
    const at = r.isWord(connector) && LIST_FILLERS.has(r.lower(connector)) ? connector + 1 : connector;
    const next = parseItem(r, at, { context: false, allowBare: true });
    if (!next) break;
    items.push(next);
    item = next;
  }
  const segments: Item[][] = [];
  let run: Item[] = [];
  let previousValid: Item | undefined;
  items.forEach((item, index) => {
    if (isSupported(r, items, index, previousValid)) {
      run.push(item);
      previousValid = item;
    } else {
      if (run.length > 0) segments.push(run);
      run = [];
      previousValid = undefined;
    }
  });
  if (run.length > 0) segments.push(run);
  return { segments, resumeAt: (items[items.length - 1] as Item).last + 1 };
}
