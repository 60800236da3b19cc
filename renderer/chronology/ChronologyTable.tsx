import { Fragment, useMemo, useState } from 'react';
import { tieNeighbours } from '../../shared/chronology/events/order';
import { formatFuzzyDate } from '../../shared/chronology/fuzzy-date';
import type { ChronologySnapshot } from '../../shared/contract/chronology';
import { EVENT_TYPES, isSupported, type ChronologyEvent, type EventType, type VerificationStatus } from '../../shared/model/chronology';
import type { Codebook } from '../../shared/model/coding';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { EventEditor } from './EventEditor';
import { statusKey, typeKey } from './labels';

type SortKey = 'date' | 'title' | 'type' | 'status' | 'sources';

interface Props {
  snapshot: ChronologySnapshot;
  /** The events shown (filtered), in date order. */
  events: readonly ChronologyEvent[];
  codebook: Codebook | undefined;
  run: (work: Promise<unknown>) => Promise<boolean>;
}

/**
 * The chronology as a table: sortable by any column (date order keeps the
 * manual order of ties, which ↑ ↓ change), type and status editable in
 * place, every other field in the row's editor. An event without a
 * citation that can be found is marked unsupported.
 */
export function ChronologyTable({ snapshot, events, codebook, run }: Props) {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'date', descending: false });
  const [editing, setEditing] = useState<string | undefined>();
  const actors = useMemo(() => new Map(snapshot.actors.map((actor) => [actor.id, actor])), [snapshot.actors]);
  const ties = useMemo(() => tieNeighbours(snapshot.events), [snapshot.events]);

  const rows = useMemo(() => {
    const position = new Map(events.map((event, index) => [event.id, index]));
    const value = (event: ChronologyEvent): string | number => {
      switch (sort.key) {
        case 'date':
          return position.get(event.id) ?? 0;
        case 'title':
          return event.title.toLocaleLowerCase(language);
        case 'type':
          return t(typeKey(event.type));
        case 'status':
          return event.status;
        case 'sources':
          return event.citations.length;
      }
    };
    const sorted = [...events].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), language);
      return order || (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0);
    });
    return sort.descending ? sorted.reverse() : sorted;
  }, [events, sort, language, t]);

  function header(key: SortKey, label: string) {
    const active = sort.key === key;
    return (
      <th aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="link sort" onClick={() => setSort({ key, descending: active ? !sort.descending : false })}>
          {label}
          {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  }

  return (
    <table className="chronology-table" aria-label={t('chronology.tab')}>
      <thead>
        <tr>
          {header('date', t('chronology.date'))}
          {header('title', t('chronology.title'))}
          {header('type', t('chronology.type'))}
          <th>{t('chronology.actors')}</th>
          <th>{t('chronology.codes')}</th>
          {header('status', t('chronology.status'))}
          {header('sources', t('chronology.sources'))}
          <th aria-label={t('chronology.edit')} />
        </tr>
      </thead>
      <tbody>
        {rows.map((event) => {
          const supported = isSupported(event);
          const tie = ties.get(event.id);
          return (
            <Fragment key={event.id}>
              <tr className={supported ? 'event-row' : 'event-row unsupported'} data-event={event.id}>
                <td className="date-cell">
                  {formatFuzzyDate(event.date, language)}
                  {sort.key === 'date' && (tie?.earlier || tie?.later) ? (
                    <span className="tie-moves">
                      <button type="button" className="link" aria-label={t('chronology.earlier')} title={t('chronology.earlier')} disabled={!tie.earlier} onClick={() => void run(api.chronology.move({ id: event.id, direction: 'earlier' }))}>
                        ↑
                      </button>
                      <button type="button" className="link" aria-label={t('chronology.later')} title={t('chronology.later')} disabled={!tie.later} onClick={() => void run(api.chronology.move({ id: event.id, direction: 'later' }))}>
                        ↓
                      </button>
                    </span>
                  ) : null}
                </td>
                <td>
                  {event.title}
                  {event.signal ? <span className="badge signal">{t('chronology.signal')}</span> : null}
                </td>
                <td>
                  <select aria-label={`${t('chronology.type')}: ${event.title}`} value={event.type} onChange={(change) => void run(api.chronology.updateEvent({ id: event.id, type: change.target.value as EventType }))}>
                    {EVENT_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {t(typeKey(type))}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{event.actorIds.map((id) => actors.get(id)?.name ?? id).join(', ')}</td>
                <td>{event.codeIds.join(', ')}</td>
                <td>
                  <select
                    aria-label={`${t('chronology.status')}: ${event.title}`}
                    value={event.status}
                    onChange={(change) => void run(api.chronology.updateEvent({ id: event.id, status: change.target.value as VerificationStatus }))}
                  >
                    {(['draft', 'checked'] as const).map((status) => (
                      <option key={status} value={status}>
                        {t(statusKey(status))}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {supported ? (
                    event.citations.length
                  ) : (
                    <span className="badge unsupported" title={t('chronology.unsupportedTitle')}>
                      {t('chronology.unsupported')}
                    </span>
                  )}
                </td>
                <td>
                  <button type="button" className="link" aria-expanded={editing === event.id} onClick={() => setEditing(editing === event.id ? undefined : event.id)}>
                    {t('chronology.edit')}
                  </button>
                </td>
              </tr>
              {editing === event.id ? (
                <tr className="editor-row">
                  <td colSpan={8}>
                    <EventEditor event={event} events={snapshot.events} actors={snapshot.actors} documents={snapshot.documents} codebook={codebook} run={run} onClose={() => setEditing(undefined)} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
