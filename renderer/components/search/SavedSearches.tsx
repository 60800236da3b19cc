import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { FacetSelection, SavedSearch } from '../../../shared/model/search';
import { asErrorInfo } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { useReportError } from '../../app/report-error';

interface Props {
  current: { query: string; exact: boolean; facets: FacetSelection } | undefined;
  onRun: (saved: SavedSearch) => void;
}

/** Queries kept in the case (searches.json), to run again later. */
export function SavedSearches({ current, onRun }: Props) {
  const { t } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const [saved, setSaved] = useState<SavedSearch[]>([]);
  const [name, setName] = useState('');

  const refresh = useCallback(() => {
    api.search
      .savedList()
      .then(setSaved)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError]);
  useEffect(refresh, [refresh]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!current || name.trim() === '') return;
    try {
      await api.search.save({ name: name.trim(), query: current.query, exact: current.exact, facets: current.facets });
      setName('');
      refresh();
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }

  async function remove(id: string) {
    try {
      await api.search.deleteSaved({ id });
      refresh();
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }

  return (
    <details className="saved-searches">
      <summary>{t('search.saved')} ({saved.length})</summary>
      {saved.length === 0 ? <p className="muted">{t('search.savedNone')}</p> : null}
      <ul>
        {saved.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="link" onClick={() => onRun(entry)}>
              {entry.name}
            </button>{' '}
            <code>{entry.query}</code>{' '}
            <button type="button" className="link" onClick={() => void remove(entry.id)}>
              {t('search.deleteSaved')}
            </button>
          </li>
        ))}
      </ul>
      {current ? (
        <form className="inline-form" onSubmit={(event) => void save(event)}>
          <label>
            <span>{t('search.saveName')}</span>
            <input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} />
          </label>
          <button type="submit" disabled={name.trim() === ''}>
            {t('search.save')}
          </button>
        </form>
      ) : null}
    </details>
  );
}
