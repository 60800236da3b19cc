import { createContext, useContext, type ReactNode } from 'react';
import type { ErrorInfo } from '../../shared/errors';
import { LOCALES, describeError, formatNumber, translate, type MessageKey, type MessageParams } from '../../shared/i18n';
import type { Language } from '../../shared/model/settings';

interface I18n {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
  describe: (error: ErrorInfo) => string;
  /** A number per locale (0,5 / 12.500 in Dutch). */
  number: (value: number) => string;
  /** A moment (ISO string) as date and time per locale; text that is not a date is shown as it is. */
  dateTime: (iso: string) => string;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ language, setLanguage, children }: { language: Language; setLanguage: (language: Language) => void; children: ReactNode }) {
  const value: I18n = {
    language,
    t: (key, params) => translate(language, key, params),
    describe: (error) => describeError(language, error),
    number: (value) => formatNumber(language, value),
    dateTime: (iso) => formatDateTime(language, iso),
    setLanguage,
  };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function formatDateTime(language: Language, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
