import { useCallback, useEffect, useState } from 'react';
import type { ErrorInfo } from '../../shared/errors';
import type { CaseSummary } from '../../shared/model/case';
import type { DocumentSummary } from '../../shared/model/document';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { DocumentList } from '../components/DocumentList';
import { DocumentView } from '../components/DocumentView';
import { ImportPanel } from '../components/ImportPanel';
import { LanguageSwitch } from '../components/LanguageSwitch';

interface Props {
  summary: CaseSummary;
  onClosed: () => void;
  onError: (error: ErrorInfo) => void;
}

export function CaseScreen({ summary, onClosed, onError }: Props) {
  const { t } = useI18n();
  const { api } = usePlatform();
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [selected, setSelected] = useState<string | undefined>();

  const refresh = useCallback(() => {
    api.documents
      .list()
      .then(setDocuments)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError]);

  useEffect(refresh, [refresh]);

  async function close() {
    try {
      await api.case.close();
      onClosed();
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }

  return (
    <div className="case-screen">
      <header className="case-header">
        <div>
          <h1>{summary.name}</h1>
          <span className="muted path">{summary.path}</span>
        </div>
        <div className="header-actions">
          <LanguageSwitch />
          <button type="button" onClick={() => void close()}>
            {t('case.close')}
          </button>
        </div>
      </header>
      <aside className="sidebar" aria-label={t('case.documents')}>
        <h2>{t('case.documents')}</h2>
        <ImportPanel onImported={refresh} onError={onError} />
        <DocumentList documents={documents} selected={selected} onSelect={setSelected} />
      </aside>
      <main className="reader">
        {selected ? <DocumentView key={selected} documentId={selected} onError={onError} /> : <p className="muted">{t('doc.selectDocument')}</p>}
      </main>
    </div>
  );
}
