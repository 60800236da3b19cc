import type { CitedDocument } from '../../shared/contract/chronology';
import type { Citation } from '../../shared/model/chronology';
import { useCaseNavigation } from '../app/case-navigation';
import { useI18n } from '../app/i18n';

interface Props {
  citations: readonly Citation[];
  documents: readonly CitedDocument[];
  onRemove?: (citationId: string) => void;
}

function AnchorNote({ citation }: { citation: Citation }) {
  const { t } = useI18n();
  const check = citation.anchorCheck;
  if (check?.status === 'lost') return <p className="anchor-note lost">{t('chronology.citationLost')}</p>;
  if (check?.status === 'ambiguous') return <p className="anchor-note ambiguous">{t('chronology.citationAmbiguous', { count: check.candidates ?? 0 })}</p>;
  return check?.previous ? <p className="anchor-note moved">{t('chronology.citationMoved')}</p> : null;
}

/** The passages an event cites: exact quote, document, date, page; each opens the reader at its place. */
export function CitationList({ citations, documents, onRemove }: Props) {
  const { t } = useI18n();
  const { openDocument } = useCaseNavigation();
  return (
    <ol className="citation-list" aria-label={t('chronology.sources')}>
      {citations.map((citation) => {
        const doc = documents.find((candidate) => candidate.id === citation.documentId);
        const placed = citation.anchorCheck?.status !== 'lost' && citation.anchorCheck?.status !== 'ambiguous';
        return (
          <li key={citation.id} className="citation">
            <blockquote>“{citation.anchor.exact}”</blockquote>
            <p className="muted">
              {doc?.title ?? citation.documentId}
              {doc?.date ? `, ${doc.date.slice(0, 10)}` : ''}, p. {citation.anchor.page} · SHA-256 <code>{citation.sha256.slice(0, 12)}</code>
            </p>
            <AnchorNote citation={citation} />
            <p className="citation-actions">
              <button
                type="button"
                className="link"
                onClick={() =>
                  openDocument({
                    documentId: citation.documentId,
                    page: citation.anchor.page,
                    highlights: placed ? [{ start: citation.anchor.start, end: citation.anchor.end, kind: 'target' }] : [],
                  })
                }
              >
                {t('chronology.openSource', { page: citation.anchor.page })}
              </button>
              {onRemove ? (
                <button type="button" className="link danger" onClick={() => onRemove(citation.id)}>
                  {t('chronology.removeCitation')}
                </button>
              ) : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
