import type { ErrorInfo } from '../errors';
import type { Language } from '../model/settings';
import { en } from './en';
import { nl, type MessageKey } from './nl';

export type { MessageKey };

const catalogs: Record<Language, Record<MessageKey, string>> = { nl, en };

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
