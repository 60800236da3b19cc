import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentRecord } from '../../shared/model/document';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { cachedThumbnail, renderThumbnail } from './thumbnail-cache';

/** Every row has the same height, so a 1,000-page strip is one tall box with only the rows in view in it. */
const ROW_HEIGHT = 156;
const OVERSCAN = 3;

/** What a page holds that the strip marks: search hits and coded passages. */
export interface PageMarks {
  hits: number;
  passages: number;
}

interface Props {
  record: DocumentRecord;
  pageCount: number;
  pageNumber: number;
  marks: (page: number) => PageMarks;
  onGoToPage: (page: number) => void;
}

/**
 * The pages of a PDF as a strip of small pictures, each with its number and
 * badges counting its hits and coded passages. Only the rows in view exist
 * (and only those get drawn), so a long document opens as fast as a short
 * one. One tab stop; arrow keys, Page Up/Down, Home and End move through the
 * pages, Enter opens one.
 */
export function PageThumbnails({ record, pageCount, pageNumber, marks, onGoToPage }: Props) {
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const [active, setActive] = useState(pageNumber);

  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setViewHeight(entry?.contentRect.height ?? 600));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  function reveal(page: number) {
    const element = list.current;
    if (!element) return;
    const top = (page - 1) * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight) element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
    setScrollTop(element.scrollTop);
  }

  // The page being read is the active one, and in view.
  useEffect(() => {
    setActive(pageNumber);
    reveal(pageNumber);
  }, [pageNumber]);

  function move(page: number) {
    const next = Math.min(pageCount, Math.max(1, page));
    setActive(next);
    reveal(next);
  }

  function onKeyDown(event: KeyboardEvent) {
    const perView = Math.max(1, Math.floor(viewHeight / ROW_HEIGHT));
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + perView),
      PageUp: () => move(active - perView),
      Home: () => move(1),
      End: () => move(pageCount),
      Enter: () => onGoToPage(active),
      ' ': () => onGoToPage(active),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  const first = Math.max(1, Math.floor(scrollTop / ROW_HEIGHT) + 1 - OVERSCAN);
  const last = Math.min(pageCount, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const rows: number[] = [];
  for (let page = first; page <= last; page += 1) rows.push(page);

  return (
    <div
      ref={list}
      className="thumbnails"
      role="listbox"
      tabIndex={0}
      aria-label={t('reader.thumbnails')}
      aria-activedescendant={active >= first && active <= last ? `thumb-${active}` : undefined}
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div className="thumbnails-track" style={{ height: pageCount * ROW_HEIGHT }}>
        {rows.map((page) => (
          <Thumbnail
            key={page}
            record={record}
            page={page}
            top={(page - 1) * ROW_HEIGHT}
            current={page === pageNumber}
            active={page === active}
            marks={marks(page)}
            onOpen={() => {
              setActive(page);
              onGoToPage(page);
            }}
          />
        ))}
      </div>
    </div>
  );
}

interface ThumbnailProps {
  record: DocumentRecord;
  page: number;
  top: number;
  current: boolean;
  active: boolean;
  marks: PageMarks;
  onOpen: () => void;
}

function Thumbnail({ record, page, top, current, active, marks, onOpen }: ThumbnailProps) {
  const { t } = useI18n();
  const platform = usePlatform();
  const [url, setUrl] = useState(() => cachedThumbnail(record.sha256, page));

  useEffect(() => {
    if (url) return;
    let mounted = true;
    renderThumbnail(platform, record.sha256, page, () => mounted)
      .then((drawn) => mounted && drawn && setUrl(drawn))
      // A page that cannot be drawn keeps its number and badges; the page view says what went wrong.
      .catch(() => undefined);
    return () => {
      mounted = false;
    };
  }, [platform, record.sha256, page, url]);

  const label = [
    t('reader.thumbPage', { page }),
    marks.hits > 0 ? t('reader.thumbHits', { count: marks.hits }) : '',
    marks.passages > 0 ? t('reader.thumbPassages', { count: marks.passages }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div
      id={`thumb-${page}`}
      role="option"
      aria-selected={current}
      aria-label={label}
      title={label}
      className={active ? 'thumbnail active' : 'thumbnail'}
      style={{ top }}
      data-page={page}
      onClick={onOpen}
    >
      <div className="thumbnail-picture">{url ? <img src={url} alt="" /> : null}</div>
      <div className="thumbnail-caption" aria-hidden="true">
        <span>{page}</span>
        {marks.hits > 0 ? <span className="thumb-badge hits">{t('reader.thumbHitsShort', { count: marks.hits })}</span> : null}
        {marks.passages > 0 ? <span className="thumb-badge passages">{t('reader.thumbPassagesShort', { count: marks.passages })}</span> : null}
      </div>
    </div>
  );
}
