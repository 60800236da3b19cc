import type { ErrorInfo } from '../errors';
import type { Language } from '../model/settings';
import { chronologyMessages } from './areas/chronology';
import { codingMessages } from './areas/coding';
import { commandsMessages } from './areas/commands';
import { datesMessages } from './areas/dates';
import { demoMessages } from './areas/demo';
import { foundationMessages } from './areas/foundation';
import { searchMessages } from './areas/search';
import { settingsMessages } from './areas/settings';
import { reliabilityMessages } from './areas/reliability';
import { importMessages } from './areas/import';
import { wooMessages } from './areas/woo';
import { overviewMessages } from './areas/overview';
import { readerMessages } from './areas/reader';

/**
 * All UI and error messages, Dutch first. Each area keeps its own table in
 * areas/<area>.ts (Dutch and English side by side); they are merged here.
 */
const areas = [
  foundationMessages,
  searchMessages,
  codingMessages,
  datesMessages,
  reliabilityMessages,
  importMessages,
  wooMessages,
  chronologyMessages,
  commandsMessages,
  overviewMessages,
  demoMessages,
  readerMessages,
  settingsMessages,
] as const;

type AreaKeys<A> = A extends { nl: Readonly<Record<infer K, string>> } ? K : never;
export type MessageKey = AreaKeys<(typeof areas)[number]>;

function merge(language: Language): Record<MessageKey, string> {
  return Object.assign({}, ...areas.map((area) => area[language])) as Record<MessageKey, string>;
}

export const catalogs: Record<Language, Record<MessageKey, string>> = { nl: merge('nl'), en: merge('en') };

export type MessageParams = Record<string, string | number>;

/** The BCP 47 locale the app formats dates and numbers in for each language. */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const numberFormats: Record<Language, Intl.NumberFormat> = {
  // 'min2' groups from five digits on, so 12.500 (nl) / 12,500 (en) but years and page numbers stay 2020.
  nl: new Intl.NumberFormat(LOCALES.nl, { useGrouping: 'min2', maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(LOCALES.en, { useGrouping: 'min2', maximumFractionDigits: 2 }),
};

/** A number the way the language writes it: 0,5 and 12.500 in Dutch; 0.5 and 12,500 in English. */
export function formatNumber(language: Language, value: number): string {
  return numberFormats[language].format(value);
}

/** Placeholders whose numbers name something (a process, a page, a line) rather than count it: never grouped. */
const IDENTIFYING_PLACEHOLDERS = new Set(['pid', 'page', 'line', 'number', 'year', 'position']);

/** Looks up a message and fills in `{name}` placeholders (quantities per locale); unknown placeholders stay visible. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' && !IDENTIFYING_PLACEHOLDERS.has(name) ? formatNumber(language, value) : String(value);
  });
}

/** An error as a sentence in the analyst's language. */
export function describeError(language: Language, error: ErrorInfo): string {
  const key = `error.${error.code}` as MessageKey;
  return translate(language, key, { message: error.message, ...error.details });
}
