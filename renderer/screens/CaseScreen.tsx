import { useMemo, useState } from 'react';
import type { CaseSummary } from '../../shared/model/case';
import { CaseNavigationContext, type CaseNavigation, type ReaderTarget, type ViewFocus } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { COMMANDS, viewCommand, type CommandInfo } from '../commands/catalog';
import { useCommands, useRunWhenShown } from '../commands/CommandsProvider';
import { PaletteButton } from '../commands/PaletteButton';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { CaseDropTarget } from '../components/CaseDropTarget';
import { ImportStatus } from '../components/ImportStatus';
import { SettingsButton } from '../settings/SettingsButton';
import { CaseStatus } from '../components/reliability/CaseStatus';
import { runIntegrityCheck } from '../components/reliability/integrity-store';
import { CASE_VIEWS } from './case-views';

interface Props {
  summary: CaseSummary;
  onClosed: () => void;
}

export function CaseScreen({ summary, onClosed }: Props) {
  const { t } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const [view, setView] = useState<string>(CASE_VIEWS[0]?.id ?? 'documents');
  const [reader, setReader] = useState<ReaderTarget | undefined>();
  const [documentsVersion, setDocumentsVersion] = useState(0);
  const [focus, setFocus] = useState<ViewFocus | undefined>();

  const navigation = useMemo<CaseNavigation>(
    () => ({
      view,
      showView: (next) => {
        setFocus(undefined);
        setView(next);
      },
      reader,
      openDocument: (target) => {
        setReader(target);
        setFocus(undefined);
        setView('documents');
      },
      focus,
      showFocused: (next) => {
        setFocus(next);
        setView(next.view);
      },
      documentsVersion,
      documentsChanged: () => setDocumentsVersion((version) => version + 1),
    }),
    [view, reader, documentsVersion, focus],
  );

  async function close() {
    try {
      await api.case.close();
      onClosed();
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }

  // A view's command asked for from another view (or the start screen's, after closing): show it there.
  const runWhenShown = useRunWhenShown();
  const inView = (info: CommandInfo, viewId: string) => ({
    ...info,
    standIn: true,
    available: () => view !== viewId,
    run: () => {
      setView(viewId);
      runWhenShown(info.id);
    },
  });
  const afterClosing = (info: CommandInfo) => ({
    ...info,
    standIn: true,
    run: () => {
      runWhenShown(info.id);
      void close();
    },
  });
  useCommands([
    ...CASE_VIEWS.map((candidate, index) => ({ ...viewCommand(candidate.id, index), titleParams: { view: t(candidate.label) }, run: () => setView(candidate.id) })),
    { ...COMMANDS.closeCase, run: () => void close() },
    afterClosing(COMMANDS.newCase),
    afterClosing(COMMANDS.openCase),
    afterClosing(COMMANDS.openDemo),
    inView(COMMANDS.importFiles, 'documents'),
    inView(COMMANDS.focusSearch, 'search'),
    inView(COMMANDS.exportChronology, 'chronology'),
    { ...COMMANDS.verifyIntegrity, run: () => (view === 'integrity' ? void runIntegrityCheck(api) : setView('integrity')) },
  ]);

  const current = CASE_VIEWS.find((candidate) => candidate.id === view) ?? CASE_VIEWS[0];
  return (
    <CaseNavigationContext.Provider value={navigation}>
      <div className="case-screen">
        <header className="case-header">
          <div>
            <h1>{summary.name}</h1>
            <span className="muted path">{summary.path}</span>
          </div>
          <nav className="case-tabs" role="tablist" aria-label={t('case.views')}>
            {CASE_VIEWS.map((candidate) => (
              <button
                key={candidate.id}
                id={`case-tab-${candidate.id}`}
                type="button"
                role="tab"
                aria-controls="case-panel"
                aria-selected={candidate.id === current?.id}
                className={candidate.id === current?.id ? 'tab active' : 'tab'}
                onClick={() => navigation.showView(candidate.id)}
              >
                {t(candidate.label)}
              </button>
            ))}
          </nav>
          <div className="header-actions">
            <PaletteButton />
            <LanguageSwitch />
            <SettingsButton />
            <button type="button" onClick={() => void close()}>
              {t('case.close')}
            </button>
          </div>
        </header>
        <CaseStatus summary={summary} />
        <ImportStatus />
        <CaseDropTarget />
        <main className="case-body">
          <div id="case-panel" role="tabpanel" aria-labelledby={current ? `case-tab-${current.id}` : undefined}>
            {current?.render()}
          </div>
        </main>
      </div>
    </CaseNavigationContext.Provider>
  );
}
