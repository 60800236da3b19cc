import type { ReaderTarget } from '../app/case-navigation';
import { useI18n } from '../app/i18n';
import type { Highlight } from './PageText';

/** One hit (a marked stretch) of a document, in reading order. */
export interface Hit {
  page: number;
  start: number;
  end: number;
}

/** Every hit of a reader target, page by page and in text order. */
export function hitList(hits: ReaderTarget['hits']): Hit[] {
  return [...(hits ?? [])]
    .sort((a, b) => a.page - b.page)
    .flatMap((entry) => [...entry.highlights].sort((a, b) => a.start - b.start).map((highlight) => ({ page: entry.page, start: highlight.start, end: highlight.end })));
}

/** The highlights to show on a page: the hits on that page with the current one marked, or the target's own highlights on its page. */
export function hitHighlights(target: ReaderTarget, page: number, current: Hit | undefined): Highlight[] | undefined {
  if (!target.hits) return page === target.page ? target.highlights : undefined;
  const onPage = target.hits.find((entry) => entry.page === page)?.highlights ?? [];
  return current && current.page === page ? [...onPage, { start: current.start, end: current.end, kind: 'current' }] : onPage;
}

/** Brings the current hit (marked `mark-current`, on the text or on the PDF page) into view. */
export function scrollToCurrentHit(): void {
  const mark = document.querySelector('.document-view .mark-current');
  if (mark && 'scrollIntoView' in mark) mark.scrollIntoView({ block: 'center' });
}

interface Props {
  hits: readonly Hit[];
  /** Index of the current hit in `hits`. */
  current: number | undefined;
  page: number;
  onStep: (index: number) => void;
}

/** The hit shown as current on `page`, and the indexes of the next and previous hits (undefined at either end). */
export function hitSteps(hits: readonly Hit[], current: number | undefined, page: number): { shown?: number; next?: number; previous?: number } {
  const shown = current !== undefined && hits[current]?.page === page ? current : undefined;
  // From a page without the current hit, the nearest hits before and after that page.
  const next = shown !== undefined ? shown + 1 : hits.findIndex((hit) => hit.page > page);
  const previous = shown !== undefined ? shown - 1 : hits.findLastIndex((hit) => hit.page < page);
  return {
    ...(shown !== undefined ? { shown } : {}),
    ...(next >= 0 && next < hits.length ? { next } : {}),
    ...(previous >= 0 ? { previous } : {}),
  };
}

/** "Hit 3 of 12" with previous/next: steps through a document's hits one by one, across pages. */
export function HitNavigator({ hits, current, page, onStep }: Props) {
  const { t } = useI18n();
  const { shown, next, previous } = hitSteps(hits, current, page);
  const hasNext = next !== undefined;
  const hasPrevious = previous !== undefined;
  return (
    <nav className="hit-nav" aria-label={t('search.hitCount', { count: hits.length })}>
      <button type="button" disabled={!hasPrevious} onClick={() => hasPrevious && onStep(previous)} aria-label={t('search.previousHit')}>
        ‹
      </button>
      <span data-testid="hit-position">{shown !== undefined ? t('search.hitOf', { index: shown + 1, count: hits.length }) : t('search.hitCount', { count: hits.length })}</span>
      <button type="button" disabled={!hasNext} onClick={() => hasNext && onStep(next)} aria-label={t('search.nextHit')}>
        ›
      </button>
    </nav>
  );
}
