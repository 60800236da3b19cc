import type { RetrievedPassage } from '../../shared/contract/coding';
import type { Codebook } from '../../shared/model/coding';
import { useCaseNavigation } from '../app/case-navigation';
import { useI18n } from '../app/i18n';
import { codeLabel, isPlaced } from './highlights';

/** Passages with their context, document and date; each opens the reader at its page with the passage marked. */
export function PassageResults({ items, total, codebook, label }: { items: readonly RetrievedPassage[]; total: number; codebook: Codebook | undefined; label: string }) {
  const { t, language } = useI18n();
  const { openDocument } = useCaseNavigation();
  if (items.length === 0) return <p className="muted">{t('retrieval.none')}</p>;
  return (
    <section aria-label={label}>
      <p className="muted">{items.length < total ? t('retrieval.shown', { shown: items.length, count: total }) : t('retrieval.count', { count: total })}</p>
      <ol className="retrieved">
        {items.map(({ passage, documentTitle, documentDate, memoCount }) => (
          <li key={passage.id} className="retrieved-item" data-passage={passage.id}>
            <header>
              <strong>{documentTitle}</strong>
              <span className="muted"> · {documentDate ?? t('retrieval.noDate')} · p. {passage.anchor.page}</span>
              {memoCount > 0 ? <span className="badge">{t('memo.count', { count: memoCount })}</span> : null}
            </header>
            <blockquote>
              <span className="context">…{passage.anchor.prefix.slice(-80)}</span>
              <mark className="quote">{passage.anchor.exact}</mark>
              <span className="context">{passage.anchor.suffix.slice(0, 80)}…</span>
            </blockquote>
            <p className="muted">
              {[...new Set(passage.codes.map((c) => c.codeId))].map((id) => codeLabel(codebook, id, language)).join(' · ')} — {[...new Set(passage.codes.map((c) => c.analyst))].join(', ')}
            </p>
            {isPlaced(passage) ? (
              <button
                type="button"
                className="link"
                onClick={() =>
                  openDocument({ documentId: passage.documentId, page: passage.anchor.page, highlights: [{ start: passage.anchor.start, end: passage.anchor.end, kind: 'target' }] })
                }
              >
                {t('retrieval.open', { page: passage.anchor.page })}
              </button>
            ) : (
              <p className="anchor-note lost">{t(passage.anchorCheck?.status === 'lost' ? 'coding.anchorLost' : 'coding.anchorAmbiguous', { count: passage.anchorCheck?.candidates ?? 0 })}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
