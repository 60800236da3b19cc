import type { ErrorInfo } from '../errors';
import type { Language } from '../model/settings';
import { chronologyMessages } from './areas/chronology';
import { codingMessages } from './areas/coding';
import { datesMessages } from './areas/dates';
import { foundationMessages } from './areas/foundation';
import { searchMessages } from './areas/search';
import { settingsMessages } from './areas/settings';
import { reliabilityMessages } from './areas/reliability';
import { importMessages } from './areas/import';
import { wooMessages } from './areas/woo';

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
  settingsMessages,
] as const;

type AreaKeys<A> = A extends { nl: Readonly<Record<infer K, string>> } ? K : never;
export type MessageKey = AreaKeys<(typeof areas)[number]>;

function merge(language: Language): Record<MessageKey, string> {
  return Object.assign({}, ...areas.map((area) => area[language])) as Record<MessageKey, string>;
}

export const catalogs: Record<Language, Record<MessageKey, string>> = { nl: merge('nl'), en: merge('en') };

export type MessageParams = Record<string, string | number>;

/** Looks up a message and fills in `{name}` placeholders; unknown placeholders stay visible. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** An error as a sentence in the analyst's language. */
export function describeError(language: Language, error: ErrorInfo): string {
  const key = `error.${error.code}` as MessageKey;
  return translate(language, key, { message: error.message, ...error.details });
}
