import { useMemo, useState } from 'react';
import type { CaseSummary } from '../../shared/model/case';
import { CaseNavigationContext, type CaseNavigation, type ReaderTarget } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SettingsButton } from '../settings/SettingsButton';
import { CaseStatus } from '../components/reliability/CaseStatus';
import { CASE_VIEWS } from './case-views';

interface Props {
  summary: CaseSummary;
  onClosed: () => void;
}

export function CaseScreen({ summary, onClosed }: Props) {
  const { t } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const [view, setView] = useState(CASE_VIEWS[0]?.id ?? 'documents');
  const [reader, setReader] = useState<ReaderTarget | undefined>();
  const [documentsVersion, setDocumentsVersion] = useState(0);

  const navigation = useMemo<CaseNavigation>(
    () => ({
      view,
      showView: setView,
      reader,
      openDocument: (target) => {
        setReader(target);
        setView('documents');
      },
      documentsVersion,
      documentsChanged: () => setDocumentsVersion((version) => version + 1),
    }),
    [view, reader, documentsVersion],
  );

  async function close() {
    try {
      await api.case.close();
      onClosed();
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }

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
                onClick={() => setView(candidate.id)}
              >
                {t(candidate.label)}
              </button>
            ))}
          </nav>
          <div className="header-actions">
            <LanguageSwitch />
            <SettingsButton />
            <button type="button" onClick={() => void close()}>
              {t('case.close')}
            </button>
          </div>
        </header>
        <CaseStatus summary={summary} />
        <main className="case-body">
          <div id="case-panel" role="tabpanel" aria-labelledby={current ? `case-tab-${current.id}` : undefined}>
            {current?.render()}
          </div>
        </main>
      </div>
    </CaseNavigationContext.Provider>
  );
}
