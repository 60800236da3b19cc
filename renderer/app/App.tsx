import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ErrorInfo } from '../../shared/errors';
import type { CaseSummary } from '../../shared/model/case';
import type { Language, Settings, SettingsPatch } from '../../shared/model/settings';
import { CommandsProvider } from '../commands/CommandsProvider';
import { ErrorBanner } from '../components/ErrorBanner';
import { CaseScreen } from '../screens/CaseScreen';
import { StartScreen } from '../screens/StartScreen';
import { asErrorInfo } from './errors';
import { I18nProvider } from './i18n';
import { usePlatform } from './platform-context';
import { ReportErrorContext } from './report-error';
import { SettingsContext, type SettingsControl } from '../settings/settings-context';
import { SettingsDialog } from '../settings/SettingsDialog';
import { useTheme } from '../settings/use-theme';

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
  useTheme(settings?.theme ?? 'system');

  const [settingsOpen, setSettingsOpen] = useState(false);
  // Focus goes back to the button that opened the dialog.
  const settingsOpener = useRef<HTMLElement | null>(null);
  const closeSettings = useCallback(() => setSettingsOpen(false), []);
  useEffect(() => {
    // Once the dialog is gone (while it is open, the page behind it cannot take focus).
    if (!settingsOpen) settingsOpener.current?.focus();
  }, [settingsOpen]);
  const settingsControl = useMemo<SettingsControl | undefined>(
    () =>
      settings && {
        settings,
        update: async (patch: SettingsPatch) => {
          const next = await api.settings.update(patch);
          setSettings(next);
          return next;
        },
        openSettings: (opener) => {
          settingsOpener.current = opener ?? null;
          setSettingsOpen(true);
        },
      },
    [api, settings],
  );

  return (
    <I18nProvider language={language} setLanguage={setLanguage}>
      <ReportErrorContext.Provider value={setError}>
        <CommandsProvider>
          <ErrorBanner error={error} onDismiss={() => setError(undefined)} />
          {settingsControl === undefined ? null : (
            <SettingsContext.Provider value={settingsControl}>
              {openCase ? <CaseScreen key={openCase.path} summary={openCase} onClosed={() => setOpenCase(null)} /> : <StartScreen onOpened={setOpenCase} />}
              {settingsOpen ? <SettingsDialog onClose={closeSettings} /> : null}
            </SettingsContext.Provider>
          )}
        </CommandsProvider>
      </ReportErrorContext.Provider>
    </I18nProvider>
  );
}
