import type { Language } from '../../model/settings';
import type { FuzzyDate, SimpleDate } from './model';

/**
 * A fuzzy date as an analyst writes it, in Dutch ("medio 2020", "Q3 2021",
 * "voorjaar 2018", "ca. 5 december 2019") or English ("mid 2020", "Q3 2021",
 * "spring 2018", "c. 5 December 2019"). Never more precise than the date.
 */

const MONTHS: Record<Language, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const WORDS = {
  nl: {
    part: { begin: 'begin', mid: 'medio', end: 'eind' },
    half: { 1: 'eerste helft van', 2: 'tweede helft van' },
    season: { spring: 'voorjaar', summer: 'zomer', autumn: 'najaar', winter: 'winter' },
    week: (week: number, year: number) => `week ${week} van ${year}`,
    parliamentaryYear: 'vergaderjaar',
    through: ' t/m ',
    before: 'vóór',
    beforeInclusive: 'uiterlijk',
    after: 'na',
    afterInclusive: 'vanaf',
    approximately: 'ca.',
  },
  en: {
    part: { begin: 'early', mid: 'mid', end: 'late' },
    half: { 1: 'first half of', 2: 'second half of' },
    season: { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' },
    week: (week: number, year: number) => `week ${week} of ${year}`,
    parliamentaryYear: 'parliamentary year',
    through: ' – ',
    before: 'before',
    beforeInclusive: 'no later than',
    after: 'after',
    afterInclusive: 'from',
    approximately: 'c.',
  },
} as const;

function monthName(language: Language, month: number): string {
  return MONTHS[language][month - 1] ?? String(month);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function formatSimple(date: SimpleDate, language: Language): string {
  const words = WORDS[language];
  switch (date.kind) {
    case 'datetime': {
      const time = `${pad2(date.hour)}:${pad2(date.minute)}${date.second === undefined ? '' : `:${pad2(date.second)}`}`;
      return `${date.day} ${monthName(language, date.month)} ${date.year} ${time}`;
    }
    case 'day':
      return `${date.day} ${monthName(language, date.month)} ${date.year}`;
    case 'week':
      return words.week(date.week, date.year);
    case 'month':
      return `${monthName(language, date.month)} ${date.year}`;
    case 'part': {
      const of = date.month === undefined ? String(date.year) : `${monthName(language, date.month)} ${date.year}`;
      return `${words.part[date.part]} ${of}`;
    }
    case 'half':
      return `${words.half[date.half]} ${date.year}`;
    case 'quarter':
      return `Q${date.quarter} ${date.year}`;
    case 'season':
      return date.season === 'winter' ? `winter ${date.year - 1}–${date.year}` : `${words.season[date.season]} ${date.year}`;
    case 'year':
      return String(date.year);
    case 'parliamentaryYear':
      return `${words.parliamentaryYear} ${date.year}–${date.year + 1}`;
  }
}

/** "2 t/m 6 maart 2020", "1 januari t/m 31 maart 2020", "maart t/m mei 2020": the shared year and month written once. */
function formatRange(from: SimpleDate, to: SimpleDate, language: Language): string {
  const through = WORDS[language].through;
  const end = formatSimple(to, language);
  if (from.kind === 'day' && to.kind === 'day' && from.year === to.year) {
    if (from.month === to.month) return `${from.day}${language === 'en' ? '–' : through}${end}`;
    return `${from.day} ${monthName(language, from.month)}${through}${end}`;
  }
  if (from.kind === 'month' && to.kind === 'month' && from.year === to.year) return `${monthName(language, from.month)}${through}${end}`;
  return `${formatSimple(from, language)}${through}${end}`;
}

export function formatFuzzyDate(date: FuzzyDate, language: Language): string {
  const words = WORDS[language];
  switch (date.kind) {
    case 'range':
      return formatRange(date.from, date.to, language);
    case 'before':
      return `${date.inclusive ? words.beforeInclusive : words.before} ${formatSimple(date.date, language)}`;
    case 'after':
      return `${date.inclusive ? words.afterInclusive : words.after} ${formatSimple(date.date, language)}`;
    case 'approximate':
      return `${words.approximately} ${formatSimple(date.date, language)}`;
    default:
      return formatSimple(date, language);
  }
}
