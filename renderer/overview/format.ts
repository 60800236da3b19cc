import { useMemo } from 'react';
import type { MonthKey } from '../../shared/model/overview';
import { useI18n } from '../app/i18n';

type Noun = 'documents' | 'passages' | 'mentions' | 'events' | 'codes' | 'grounds';

export interface OverviewFormat {
  number: (value: number) => string;
  /** "maart 2020" / "March 2020" */
  month: (month: MonthKey) => string;
  /** "mrt" / "Mar", under a bar */
  shortMonth: (month: MonthKey) => string;
  /** "12 documenten" / "1 document": the number in the locale's digits, the noun in the right number. */
  count: (value: number, noun: Noun) => string;
}

function asDate(month: MonthKey): Date {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
}

/** Numbers, months and counted nouns as the analyst's language writes them (nl-NL or en-GB). */
export function useOverviewFormat(): OverviewFormat {
  const { t, language } = useI18n();
  return useMemo(() => {
    const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
    const numbers = new Intl.NumberFormat(locale);
    const long = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    const plural = new Intl.PluralRules(locale);
    return {
      number: (value) => numbers.format(value),
      month: (month) => long.format(asDate(month)),
      shortMonth: (month) => short.format(asDate(month)).replace(/\.$/, ''),
      count: (value, noun) => t(plural.select(value) === 'one' ? `overview.n.${noun}.one` : `overview.n.${noun}.other`, { count: numbers.format(value) }),
    };
  }, [t, language]);
}
