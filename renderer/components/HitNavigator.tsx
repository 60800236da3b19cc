import { useEffect, useRef } from 'react';
import type { ReaderTarget } from '../app/case-navigation';
import { useI18n } from '../app/i18n';
import type { Highlight } from './PageText';

/** The highlights to show on a page: the hits on that page, or the target's own highlights on its page. */
export function hitHighlights(target: ReaderTarget, page: number): Highlight[] | undefined {
  if (target.hits) return target.hits.find((entry) => entry.page === page)?.highlights;
  return page === target.page ? target.highlights : undefined;
}

interface Props {
  hits: NonNullable<ReaderTarget['hits']>;
  page: number;
  onPage: (page: number) => void;
}

/** "Hit 3 of 12" with previous/next: steps through the hits of a document, page by page, and scrolls to the first hit on the page. */
export function HitNavigator({ hits, page, onPage }: Props) {
  const { t } = useI18n();
  const index = hits.findIndex((entry) => entry.page === page);
  const before = [...hits].reverse().find((entry) => entry.page < page);
  const after = hits.find((entry) => entry.page > page);
  const count = hits.reduce((sum, entry) => sum + entry.highlights.length, 0);
  const seen = hits.slice(0, Math.max(0, index)).reduce((sum, entry) => sum + entry.highlights.length, 0);
  const scrolled = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (index < 0 || scrolled.current === page) return;
    // Wait for the page text to render, then bring the first hit into view.
    const timer = setTimeout(() => {
      const mark = document.querySelector('[data-testid="page-text"] mark.mark-search');
      if (mark && 'scrollIntoView' in mark) mark.scrollIntoView({ block: 'center' });
      scrolled.current = page;
    }, 50);
    return () => clearTimeout(timer);
  }, [index, page]);

  return (
    <nav className="hit-nav" aria-label={t('search.hitOf', { index: '', count })}>
      <button type="button" disabled={!before} onClick={() => before && onPage(before.page)} aria-label={t('search.previousHit')}>
        ‹
      </button>
      <span data-testid="hit-position">{index >= 0 ? t('search.hitOf', { index: seen + 1, count }) : t('search.hits', { count })}</span>
      <button type="button" disabled={!after} onClick={() => after && onPage(after.page)} aria-label={t('search.nextHit')}>
        ›
      </button>
    </nav>
  );
}
