import { useEffect, useState } from 'react';
import type { MemoHit } from '../../shared/contract/memos';
import { useCaseNavigation } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { MemoList } from './MemoList';

/** Every memo of the case, searchable, with the case's own memos to write. */
export function MemosView() {
  const { t, dateTime } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const { openDocument } = useCaseNavigation();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<MemoHit[]>([]);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    api.memos
      .search({ query })
      .then((found) => current && setHits(found))
      .catch((error: unknown) => onError(asErrorInfo(error)));
    return () => {
      current = false;
    };
  }, [api, query, version, onError]);

  return (
    <div className="memos-view">
      <MemoList target={{ kind: 'case' }} title={t('memo.onCase')} onChanged={() => setVersion((v) => v + 1)} />
      <label className="memo-search">
        <span>{t('memo.search')}</span>
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      {hits.length === 0 ? <p className="muted">{t('memo.noHits')}</p> : null}
      <ol className="memo-hits" aria-label={t('memo.search')}>
        {hits.map(({ memo, about, documentId, page }) => (
          <li key={memo.id}>
            <p className="memo-text">{memo.text}</p>
            <p className="muted">
              {t(`memo.about.${memo.target.kind}`)}
              {about ? `: ${about.length > 160 ? `${about.slice(0, 160)}…` : about}` : ''} · {memo.analyst} · {dateTime(memo.updatedAt)}
              {documentId ? (
                <button type="button" className="link" onClick={() => openDocument({ documentId, ...(page ? { page } : {}) })}>
                  {t('retrieval.open', { page: page ?? 1 })}
                </button>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
