import { useMemo, useState } from 'react';
import { filterEvents, type EventFilter } from '../../shared/chronology/events/filter';
import { isSupported } from '../../shared/model/chronology';
import { useCaseNavigation } from '../app/case-navigation';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useCoding } from '../coding/use-coding';
import { ActorsPanel } from './ActorsPanel';
import { ChronologyTable } from './ChronologyTable';
import { EventEditor } from './EventEditor';
import { EventFilters } from './EventFilters';
import { ExportPanel } from './ExportPanel';
import { useChronology } from './use-chronology';
import '../styles/chronology.css';

/** The Chronology tab: the events as a sortable, editable table; the actors; the export. */
export function ChronologyView() {
  const { t } = useI18n();
  const { api } = usePlatform();
  const { codebook } = useCoding();
  const { snapshot, run } = useChronology();
  const { focus } = useCaseNavigation();
  // Sent here from a bar of the Overview's events chart: the events of that period.
  const [filter, setFilter] = useState<EventFilter>(() => (focus?.view === 'chronology' ? { from: focus.from, to: focus.to } : {}));
  const [adding, setAdding] = useState(false);
  const events = useMemo(() => (snapshot ? filterEvents(snapshot.events, snapshot.actors, filter) : []), [snapshot, filter]);
  if (!snapshot) return null;
  const unsupported = snapshot.events.filter((event) => !isSupported(event)).length;
  return (
    <div className="chronology-view">
      <main className="chronology-main">
        <div className="chronology-toolbar">
          <p className="muted" role="status">
            {t('chronology.count', { count: snapshot.events.length, unsupported })}
          </p>
          <button type="button" onClick={() => setAdding(!adding)} aria-expanded={adding}>
            {t('chronology.addByHand')}
          </button>
          <button type="button" disabled={!snapshot.history.undo} title={snapshot.history.undo ?? undefined} onClick={() => void run(api.chronology.undo())}>
            ↶ {t('chronology.undo')}
          </button>
          <button type="button" disabled={!snapshot.history.redo} title={snapshot.history.redo ?? undefined} onClick={() => void run(api.chronology.redo())}>
            ↷ {t('chronology.redo')}
          </button>
        </div>
        {adding ? <EventEditor event={undefined} events={snapshot.events} actors={snapshot.actors} documents={snapshot.documents} codebook={codebook} run={run} onClose={() => setAdding(false)} /> : null}
        <EventFilters filter={filter} onChange={setFilter} actors={snapshot.actors} codebook={codebook} fields={['code', 'actor', 'type', 'status', 'period']} />
        {snapshot.events.length === 0 ? <p className="muted">{t('chronology.empty')}</p> : <ChronologyTable snapshot={snapshot} events={events} codebook={codebook} run={run} />}
      </main>
      <aside className="chronology-side">
        <ExportPanel codebook={codebook} />
        <ActorsPanel actors={snapshot.actors} events={snapshot.events} run={run} />
      </aside>
    </div>
  );
}
