import { createContext, useContext, type ReactNode } from 'react';
import type { ErrorInfo } from '../../shared/errors';
import { describeError, translate, type MessageKey, type MessageParams } from '../../shared/i18n';
import type { Language } from '../../shared/model/settings';

interface I18n {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
  describe: (error: ErrorInfo) => string;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ language, setLanguage, children }: { language: Language; setLanguage: (language: Language) => void; children: ReactNode }) {
  const value: I18n = {
    language,
    t: (key, params) => translate(language, key, params),
    describe: (error) => describeError(language, error),
    setLanguage,
  };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
