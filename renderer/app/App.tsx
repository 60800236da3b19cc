import { useCallback, useEffect, useState } from 'react';
import type { ErrorInfo } from '../../shared/errors';
import type { CaseSummary } from '../../shared/model/case';
import type { Language, Settings } from '../../shared/model/settings';
import { CommandsProvider } from '../commands/CommandsProvider';
import { ErrorBanner } from '../components/ErrorBanner';
import { CaseScreen } from '../screens/CaseScreen';
import { StartScreen } from '../screens/StartScreen';
import { asErrorInfo } from './errors';
import { I18nProvider } from './i18n';
import { usePlatform } from './platform-context';
import { ReportErrorContext } from './report-error';

export function App() {
  const { api } = usePlatform();
  const [settings, setSettings] = useState<Settings | undefined>();
  const [openCase, setOpenCase] = useState<CaseSummary | null>(null);
  const [error, setError] = useState<ErrorInfo | undefined>();

  useEffect(() => {
    Promise.all([api.settings.get(), api.case.current()])
      .then(([loaded, current]) => {
        setSettings(loaded);
        setOpenCase(current);
      })
      .catch((caught: unknown) => setError(asErrorInfo(caught)));
  }, [api]);

  const setLanguage = useCallback(
    (language: Language) => {
      api.settings
        .update({ language })
        .then(setSettings)
        .catch((caught: unknown) => setError(asErrorInfo(caught)));
    },
    [api],
  );

  const language = settings?.language ?? 'nl';
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <I18nProvider language={language} setLanguage={setLanguage}>
      <ReportErrorContext.Provider value={setError}>
        <CommandsProvider>
          <ErrorBanner error={error} onDismiss={() => setError(undefined)} />
          {settings === undefined ? null : openCase ? (
            <CaseScreen key={openCase.path} summary={openCase} onClosed={() => setOpenCase(null)} />
          ) : (
            <StartScreen onOpened={setOpenCase} />
          )}
        </CommandsProvider>
      </ReportErrorContext.Provider>
    </I18nProvider>
  );
}
