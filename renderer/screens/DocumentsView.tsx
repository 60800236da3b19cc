import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '../../shared/model/document';
import { useCaseNavigation } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { DocumentList } from '../components/DocumentList';
import { DocumentView } from '../components/DocumentView';
import { ImportPanel } from '../components/ImportPanel';

/** The reading view: import and document list on the left, the open document on the right. */
export function DocumentsView() {
  const { t } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const { reader, openDocument, documentsVersion, documentsChanged } = useCaseNavigation();
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);

  const refresh = useCallback(() => {
    api.documents
      .list()
      .then(setDocuments)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError]);

  useEffect(refresh, [refresh, documentsVersion]);

  return (
    <div className="documents-view">
      <aside className="sidebar" aria-label={t('case.documents')}>
        <h2>{t('case.documents')}</h2>
        <ImportPanel onImported={documentsChanged} />
        <DocumentList documents={documents} selected={reader?.documentId} onSelect={(documentId) => openDocument({ documentId })} />
      </aside>
      <main className="reader">
        {reader ? <DocumentView key={reader.documentId} target={reader} /> : <p className="muted">{t('doc.selectDocument')}</p>}
      </main>
    </div>
  );
}
