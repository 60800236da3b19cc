import type { DocumentSummary } from '../../shared/model/document';
import { useI18n } from '../app/i18n';

interface Props {
  documents: readonly DocumentSummary[];
  selected: string | undefined;
  onSelect: (id: string) => void;
}

export function DocumentList({ documents, selected, onSelect }: Props) {
  const { t } = useI18n();
  if (documents.length === 0) return <p className="muted">{t('case.noDocuments')}</p>;
  return (
    <ul className="document-list">
      {documents.map((doc) => (
        <li key={doc.id}>
          <button type="button" aria-current={doc.id === selected ? 'true' : undefined} onClick={() => onSelect(doc.id)}>
            <span className="doc-title">{doc.title}</span>
            <span className="muted">
              {doc.kind} · {t('case.pages', { count: doc.pageCount })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
