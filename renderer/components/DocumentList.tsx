import { useState } from 'react';
import type { DocumentSummary } from '../../shared/model/document';
import { documentTree, type DocumentNode } from '../../shared/model/document-tree';
import { useI18n } from '../app/i18n';

interface Props {
  documents: readonly DocumentSummary[];
  selected: string | undefined;
  onSelect: (id: string) => void;
}

/** Below this many, a document's parts and attachments are shown without asking. */
const SHOW_CHILDREN_UP_TO = 5;

function DocumentItem({ node, selected, onSelect }: { node: DocumentNode; selected: string | undefined; onSelect: (id: string) => void }) {
  const { t } = useI18n();
  const { document: doc, children } = node;
  const [open, setOpen] = useState(children.length <= SHOW_CHILDREN_UP_TO || children.some((child) => child.document.id === selected));
  return (
    <li>
      <button type="button" aria-current={doc.id === selected ? 'true' : undefined} onClick={() => onSelect(doc.id)}>
        <span className="doc-title">{doc.title}</span>
        <span className="muted">
          {doc.parent ? `${t(`case.relation.${doc.parent.relation}`)} · ` : ''}
          {doc.kind} · {t('case.pages', { count: doc.pageCount })}
        </span>
      </button>
      {children.length > 0 ? (
        <>
          <button type="button" className="link children-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? '▾' : '▸'} {t('case.children', { count: children.length })}
          </button>
          {open ? (
            <ul className="document-list nested">
              {children.map((child) => (
                <DocumentItem key={child.document.id} node={child} selected={selected} onSelect={onSelect} />
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </li>
  );
}

/** The case's documents, with a bundle's parts, a mail's attachments and an archive's members under their parent. */
export function DocumentList({ documents, selected, onSelect }: Props) {
  const { t } = useI18n();
  if (documents.length === 0) return <p className="muted">{t('case.noDocuments')}</p>;
  return (
    <ul className="document-list">
      {documentTree(documents).map((node) => (
        <DocumentItem key={node.document.id} node={node} selected={selected} onSelect={onSelect} />
      ))}
    </ul>
  );
}
