import { withTime } from './day-forms';
import { COUNTED_NOUNS, MONTHS, MORNING_NOUN_BEFORE, NUMBER_WORDS, ORDINALS, ORDINAL_SUFFIXES, PARTS, RELATIVE_DAYS, RELATIVE_PERIOD, RELATIVE_YEAR, SEASONS } from './lexicon';
import type { Reader } from './reader';
import { continues, countsOrLabels, readRelativeYear, readYear, readYearPair, readYearSlot, startsMidNumber } from './slots';
import type { Written } from './written';

/**
 * Dates coarser than a day: "december 2019", "begin mei", "medio 2020",
 * "eerste helft van 2021", "Q3 2021", "derde kwartaal", "voorjaar van 2018",
 * "week 12", "vergaderjaar 2020–2021", "in 2016", "vorig jaar", "gisteren".
 *
 * `context` says a temporal word comes before ("in", "sinds", "begin", …):
 * only then is a bare year or a month name on its own a date. Without it the
 * form is returned as `bare` when `allowBare`, for a list to confirm.
 */
export interface FormContext {
  context: boolean;
  allowBare: boolean;
}

const DASH_OR_SLASH = [['-'], ['–'], ['—'], ['‐'], ['/']] as const;
/** After "het jaar": "het jaar daarop" is not the reference year. */
const LATER_YEAR_WORDS = new Set(['daarop', 'daarna', 'erna', 'ervoor', 'daarvoor', 'daaropvolgend']);

function isLowerCase(r: Reader, i: number): boolean {
  const token = r.at(i);
  return token !== undefined && token.text === token.lower;
}

/** "december 2019", "dec. 2019", "mei jl.", "maart van dit jaar", and "mei" after "in". Never "Mei" alone: that is a name. */
function monthForm(r: Reader, i: number, context: FormContext): Written | undefined {
  const month = r.isWord(i) ? MONTHS.get(r.lower(i)) : undefined;
  if (!month) return undefined;
  // "32 mei 2020" is not May 2020 but a day that does not exist.
  if (r.isNum(i - 1, 1, 3) && !r.attached(i)) return undefined;
  const dotted = month.abbreviation && r.isPunct(i + 1, '.') && r.attached(i + 1);
  const last = dotted ? i + 1 : i;
  const slot = readYearSlot(r, last + 1, { allowVan: true });
  if (slot) {
    if (month.abbreviation && slot.year === undefined) return undefined;
    return { kind: 'month', month: month.month, year: slot.year, relativeYear: slot.relativeYear, anchor: slot.anchor, first: i, last: slot.last, notes: [] };
  }
  if (month.abbreviation || !isLowerCase(r, i)) return undefined;
  if (context.context) return { kind: 'month', month: month.month, first: i, last, notes: [] };
  return context.allowBare ? { kind: 'month', month: month.month, first: i, last, notes: [], bare: true } : undefined;
}

/** "begin 2020", "medio mei", "eind van het jaar", "eind deze maand", "half mei" (half only of a month). */
function partForm(r: Reader, i: number): Written | undefined {
  const part = r.isWord(i) ? PARTS.get(r.lower(i)) : undefined;
  if (!part) return undefined;
  const ofMonthOnly = r.lower(i) === 'half';
  const at = r.isWord(i + 1, 'van') ? i + 2 : i + 1;
  const base = { kind: 'part' as const, part, first: i, notes: [] };
  if (!ofMonthOnly) {
    const relative = readRelativeYear(r, at);
    if (relative) return { ...base, relativeYear: relative.relativeYear, last: relative.last };
    if (r.isWord(at, 'het') && r.isWord(at + 1, 'jaar') && !LATER_YEAR_WORDS.has(r.lower(at + 2))) return { ...base, relativeYear: 0, last: at + 1 };
    const year = r.at(at)?.spaced ? readYear(r, at) : undefined;
    if (year !== undefined) return { ...base, year, last: at };
  }
  const relativeMonth = RELATIVE_PERIOD.get(r.lower(at));
  if (relativeMonth !== undefined && r.isWord(at + 1, 'maand')) return { ...base, relativeMonth, last: at + 1 };
  const month = monthForm(r, at, { context: true, allowBare: false });
  if (month?.kind !== 'month') return undefined;
  return { ...month, ...base, last: month.last };
}

/** An ordinal at i: "derde", "3e", "3de"; returns its value and the index after it. */
function readOrdinal(r: Reader, i: number): { value: number; next: number } | undefined {
  const word = r.isWord(i) ? ORDINALS.get(r.lower(i)) : undefined;
  if (word !== undefined) return { value: word, next: i + 1 };
  if (r.isNum(i, 1, 1) && r.isWord(i + 1) && r.attached(i + 1) && ORDINAL_SUFFIXES.has(r.lower(i + 1))) return { value: r.value(i), next: i + 2 };
  return undefined;
}

/** The year after "kwartaal" or "helft": "2021", "van 2021", "van dit jaar", "van het jaar". */
function periodYear(r: Reader, i: number): { year?: number; relativeYear?: number; last: number } | undefined {
  const slot = readYearSlot(r, i, { allowVan: true, allowAnchor: false });
  if (slot) return slot;
  const at = r.isWord(i, 'van') ? i + 1 : i;
  if (r.isWord(at, 'het') && r.isWord(at + 1, 'jaar') && !LATER_YEAR_WORDS.has(r.lower(at + 2))) return { relativeYear: 0, last: at + 1 };
  return undefined;
}

const HALF_WORDS = new Set(['helft', 'halfjaar', 'jaarhelft']);

/** "eerste helft van 2020", "2e helft 2021", "eerste halfjaar van 2020", "H1 2021". A half without a year is no date ("de tweede helft van de wedstrijd"). */
function halfForm(r: Reader, i: number): Written | undefined {
  let half: number | undefined;
  let next = i;
  if (r.at(i)?.text === 'H' && r.isNum(i + 1, 1, 1) && r.attached(i + 1) && !continues(r, i + 1)) {
    half = r.value(i + 1);
    next = i + 2;
    const year = readYearSlot(r, next, { allowAnchor: false });
    if ((half !== 1 && half !== 2) || year?.year === undefined) return undefined;
    return { kind: 'half', half, year: year.year, first: i, last: year.last, notes: [] };
  }
  const ordinal = readOrdinal(r, i);
  if (!ordinal || (ordinal.value !== 1 && ordinal.value !== 2) || !HALF_WORDS.has(r.lower(ordinal.next))) return undefined;
  const year = periodYear(r, ordinal.next + 1);
  if (!year) return undefined;
  return { kind: 'half', half: ordinal.value as 1 | 2, year: year.year, relativeYear: year.relativeYear, first: i, last: year.last, notes: [] };
}

/** "Q3 2021", "Q3-2021", "Q3 '21", "2021-Q3", "derde kwartaal (van) 2021", "het vierde kwartaal"; "Q3" alone after a temporal word. */
function quarterForm(r: Reader, i: number, context: FormContext): Written | undefined {
  const token = r.at(i);
  if ((token?.text === 'Q' || token?.text === 'K') && r.isNum(i + 1, 1, 1) && r.attached(i + 1)) {
    const quarter = r.value(i + 1);
    if (quarter < 1 || quarter > 4 || startsMidNumber(r, i)) return undefined;
    const joined = r.isPunct(i + 2, '-/') && r.attached(i + 2) && r.isNum(i + 3, 4) && r.attached(i + 3) ? readYearAfterJoin(r, i + 3) : undefined;
    if (joined !== undefined) return { kind: 'quarter', quarter, year: joined, first: i, last: i + 3, notes: [] };
    if (continues(r, i + 1) || (r.isWord(i + 2) && r.attached(i + 2))) return undefined;
    const slot = readYearSlot(r, i + 2, { allowVan: true, allowAnchor: false });
    if (slot) return { kind: 'quarter', quarter, year: slot.year, relativeYear: slot.relativeYear, first: i, last: slot.last, notes: [] };
    if (context.context) return { kind: 'quarter', quarter, first: i, last: i + 1, notes: [] };
    return context.allowBare ? { kind: 'quarter', quarter, first: i, last: i + 1, notes: [], bare: true } : undefined;
  }
  if (r.isNum(i, 4) && !startsMidNumber(r, i)) {
    const q = r.isPunct(i + 1, '-') && r.attached(i + 1) ? i + 2 : i + 1;
    const letter = r.at(q);
    if (letter?.text === 'Q' && r.isNum(q + 1, 1, 1) && r.attached(q + 1) && !continues(r, q + 1) && r.value(q + 1) >= 1 && r.value(q + 1) <= 4) {
      if (q === i + 1 && !letter.spaced) return undefined;
      return { kind: 'quarter', quarter: r.value(q + 1), year: r.value(i), first: i, last: q + 1, notes: [] };
    }
    return undefined;
  }
  const ordinal = readOrdinal(r, i);
  if (!ordinal || ordinal.value > 4 || !r.isWord(ordinal.next, 'kwartaal')) return undefined;
  const year = periodYear(r, ordinal.next + 1);
  return { kind: 'quarter', quarter: ordinal.value, year: year?.year, relativeYear: year?.relativeYear, first: i, last: year?.last ?? ordinal.next, notes: [] };
}

function readYearAfterJoin(r: Reader, i: number): number | undefined {
  const year = r.value(i);
  return year >= 1000 && year <= 2999 && !continues(r, i) ? year : undefined;
}

const SEASON_PREFIXES = new Map<string, 'last' | 'next' | undefined>([
  ['afgelopen', 'last'],
  ['vorige', 'last'],
  ['vorig', 'last'],
  ['voorbije', 'last'],
  ['komende', 'next'],
  ['volgende', 'next'],
  ['aankomende', 'next'],
  ['dit', undefined],
  ['deze', undefined],
]);
/** "in het voorjaar", "tijdens de zomer": a season without a year is a date after these. */
const SEASON_CONTEXT = new Set(['in', 'tijdens', 'gedurende', 'sinds', 'vanaf', 'na', 'vóór', 'voor', 'rond', 'tot', 'begin', 'eind', 'medio', 'halverwege']);

/** "voorjaar 2018", "het voorjaar van 2018", "winter 2017–2018", "afgelopen zomer", "in het najaar". */
function seasonForm(r: Reader, i: number, context: FormContext): Written | undefined {
  const prefixed = SEASON_PREFIXES.has(r.lower(i)) && SEASONS.has(r.lower(i + 1)) && r.isWord(i + 1);
  const at = prefixed ? i + 1 : i;
  const season = r.isWord(at) ? SEASONS.get(r.lower(at)) : undefined;
  if (!season) return undefined;
  const base = { kind: 'season' as const, season, first: i, notes: [] };
  const yearAt = r.isWord(at + 1, 'van') && r.isNum(at + 2, 4) ? at + 2 : at + 1;
  const pair = r.at(yearAt)?.spaced ? readYearPair(r, yearAt, [...DASH_OR_SLASH, ['op']]) : undefined;
  if (pair) return season === 'winter' && pair.to === pair.from + 1 ? { ...base, year: pair.to, last: pair.last } : undefined;
  const slot = readYearSlot(r, at + 1, { allowVan: true, allowAnchor: false });
  if (slot) return { ...base, year: slot.year, relativeYear: slot.relativeYear, last: slot.last };
  if (prefixed) return { ...base, anchor: SEASON_PREFIXES.get(r.lower(i)), last: at };
  const introduced = (r.isWord(at - 1, 'het') || r.isWord(at - 1, 'de')) && SEASON_CONTEXT.has(r.lower(at - 2));
  if (introduced || context.context) return { ...base, last: at };
  return undefined;
}

const WEEK_WORDS = new Set(['week', 'wk', 'weeknummer', 'weeknr']);

/** "week 12", "week 12 van 2020", "wk. 12 2020"; not "per week 12 meldingen". */
function weekForm(r: Reader, i: number): Written | undefined {
  if (!r.isWord(i) || !WEEK_WORDS.has(r.lower(i))) return undefined;
  const at = r.isPunct(i + 1, '.') && r.attached(i + 1) ? i + 2 : i + 1;
  if (!r.isNum(at, 1, 2) || continues(r, at) || COUNTED_NOUNS.has(r.lower(at + 1))) return undefined;
  const week = r.value(at);
  if (week < 1 || week > 53) return undefined;
  const slot = readYearSlot(r, at + 1, { allowVan: true, allowAnchor: false });
  return { kind: 'week', week, year: slot?.year, relativeYear: slot?.relativeYear, first: i, last: slot?.last ?? at, notes: [] };
}

const PARLIAMENTARY_YEAR_WORDS = new Set(['vergaderjaar', 'zittingsjaar']);
const PARLIAMENTARY_PAPERS = new Set(['kamerstukken', 'kamerstuk', 'handelingen']);

/** "vergaderjaar 2020–2021", "Kamerstukken II 2020/21", "Handelingen I 2019-2020". */
function parliamentaryYearForm(r: Reader, i: number): Written | undefined {
  let at: number;
  if (r.isWord(i) && PARLIAMENTARY_YEAR_WORDS.has(r.lower(i))) at = i + 1;
  else if (r.isWord(i) && PARLIAMENTARY_PAPERS.has(r.lower(i))) at = r.isWord(i + 1, 'i') || r.isWord(i + 1, 'ii') ? i + 2 : i + 1;
  else return undefined;
  const pair = readYearPair(r, at, DASH_OR_SLASH);
  if (!pair || pair.to !== pair.from + 1) return undefined;
  return { kind: 'parliamentaryYear', year: pair.from, first: i, last: pair.last, notes: [] };
}

/** "2016" after a temporal word ("in 2016", "sinds 2016", "boekjaar 2016"), never an amount or a label. */
function yearForm(r: Reader, i: number, context: FormContext): Written | undefined {
  const year = readYear(r, i, 1800, 2099);
  if (year === undefined || countsOrLabels(r, i)) return undefined;
  if (context.context) return { kind: 'year', year, first: i, last: i, notes: [] };
  return context.allowBare ? { kind: 'year', year, first: i, last: i, notes: [], bare: true } : undefined;
}

const AGO_UNITS = new Map<string, 'relativeDay' | 'relativeWeek' | 'relativeMonth' | 'year'>([
  ['dag', 'relativeDay'],
  ['dagen', 'relativeDay'],
  ['week', 'relativeWeek'],
  ['weken', 'relativeWeek'],
  ['maand', 'relativeMonth'],
  ['maanden', 'relativeMonth'],
  ['jaar', 'year'],
]);

/** "vijf jaar geleden", "3 weken geleden", "een maand geleden". */
function agoForm(r: Reader, i: number): Written | undefined {
  const count = r.isNum(i, 1, 2) ? r.value(i) : NUMBER_WORDS.get(r.lower(i));
  const unit = AGO_UNITS.get(r.lower(i + 1));
  if (count === undefined || !unit || !r.isWord(i + 2, 'geleden')) return undefined;
  const base = { first: i, last: i + 2, notes: [] };
  return unit === 'year' ? { ...base, kind: 'year', relativeYear: -count } : { ...base, kind: unit, offset: -count };
}

/** "gisteren", "vandaag", "morgen om 9.30 uur" (not "de morgen", not "vandaag de dag"), "vorige week", "deze maand", "vorig jaar". */
function relativeForm(r: Reader, i: number): Written | undefined {
  if (!r.isWord(i)) return undefined;
  const word = r.lower(i);
  const days = RELATIVE_DAYS.get(word);
  if (days !== undefined) {
    if (word === 'morgen' && (MORNING_NOUN_BEFORE.has(r.lower(i - 1)) || r.isWord(i + 1, 'van'))) return undefined;
    if (word === 'vandaag' && r.isWord(i + 1, 'de') && r.isWord(i + 2, 'dag')) return undefined;
    return withTime(r, { kind: 'relativeDay', offset: days, first: i, last: i, notes: [] }, false);
  }
  const period = RELATIVE_PERIOD.get(word);
  if (period !== undefined && r.isWord(i + 1, 'week')) return { kind: 'relativeWeek', offset: period, first: i, last: i + 1, notes: [] };
  if (period !== undefined && r.isWord(i + 1, 'maand')) return { kind: 'relativeMonth', offset: period, first: i, last: i + 1, notes: [] };
  const year = RELATIVE_YEAR.get(word);
  if (year !== undefined && r.isWord(i + 1, 'jaar')) return { kind: 'year', relativeYear: year, first: i, last: i + 1, notes: [] };
  return undefined;
}

export function parsePeriodForm(r: Reader, i: number, context: FormContext): Written | undefined {
  return (
    parliamentaryYearForm(r, i) ??
    quarterForm(r, i, context) ??
    halfForm(r, i) ??
    partForm(r, i) ??
    seasonForm(r, i, context) ??
    weekForm(r, i) ??
    monthForm(r, i, context) ??
    relativeForm(r, i) ??
    agoForm(r, i) ??
    yearForm(r, i, context)
  );
}
