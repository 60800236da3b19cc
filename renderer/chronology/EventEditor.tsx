import { useState } from 'react';
import type { FuzzyDate } from '../../shared/chronology/fuzzy-date';
import type { CitedDocument } from '../../shared/contract/chronology';
import { EVENT_TYPES, type Actor, type ChronologyEvent, type EventType, type VerificationStatus } from '../../shared/model/chronology';
import type { Codebook } from '../../shared/model/coding';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { Choice } from './Choice';
import { CitationList } from './CitationList';
import { DateField } from './DateField';
import { statusKey, typeKey } from './labels';
import { SignalEditor } from './SignalEditor';

interface Props {
  /** The event to edit, or undefined for a new event made by hand. */
  event: ChronologyEvent | undefined;
  events: readonly ChronologyEvent[];
  actors: readonly Actor[];
  documents: readonly CitedDocument[];
  codebook: Codebook | undefined;
  run: (work: Promise<unknown>) => Promise<boolean>;
  onClose: () => void;
}

/** Every field of an event, its citations and its signal link. */
export function EventEditor({ event, events, actors, documents, codebook, run, onClose }: Props) {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const [date, setDate] = useState<FuzzyDate | null>(event?.date ?? null);
  const [title, setTitle] = useState(event?.title ?? '');
  const [description, setDescription] = useState(event?.description ?? '');
  const [type, setType] = useState<EventType>(event?.type ?? 'other');
  const [status, setStatus] = useState<VerificationStatus>(event?.status ?? 'draft');
  const [actorIds, setActorIds] = useState<string[]>(event?.actorIds ?? []);
  const [codeIds, setCodeIds] = useState<string[]>(event?.codeIds ?? []);
  const codes = codebook?.codes.filter((code) => code.codable && (!code.retired || codeIds.includes(code.id))) ?? [];

  async function save() {
    if (!date || title.trim() === '') return;
    const fields = { date, title, description, type, status, actorIds, codeIds };
    const done = await run(event ? api.chronology.updateEvent({ id: event.id, ...fields }) : api.chronology.addEvent(fields));
    if (done) onClose();
  }

  return (
    <div className="event-editor" role="group" aria-label={event ? `${t('chronology.edit')}: ${event.title}` : t('chronology.newEvent')}>
      <div className="row">
        <DateField label={t('chronology.date')} value={date} onChange={setDate} autoFocus={!event} />
        <label className="grow">
          <span>{t('chronology.title')}</span>
          <input value={title} maxLength={500} onChange={(change) => setTitle(change.target.value)} />
        </label>
      </div>
      <div className="row">
        <Choice label={t('chronology.type')} value={type} options={EVENT_TYPES.map((candidate) => ({ value: candidate, label: t(typeKey(candidate)) }))} onChange={(value) => value && setType(value)} />
        <Choice label={t('chronology.status')} value={status} options={(['draft', 'checked'] as const).map((candidate) => ({ value: candidate, label: t(statusKey(candidate)) }))} onChange={(value) => value && setStatus(value)} />
      </div>
      <label>
        <span>{t('chronology.description')}</span>
        <textarea rows={3} value={description} onChange={(change) => setDescription(change.target.value)} />
      </label>
      <fieldset className="actor-choice">
        <legend>{t('chronology.actors')}</legend>
        {actors.length === 0 ? <span className="muted">{t('chronology.noActors')}</span> : null}
        {actors.map((actor) => (
          <label key={actor.id} className="check">
            <input type="checkbox" checked={actorIds.includes(actor.id)} onChange={(change) => setActorIds(change.target.checked ? [...actorIds, actor.id] : actorIds.filter((id) => id !== actor.id))} />
            {actor.name}
          </label>
        ))}
      </fieldset>
      <details className="code-choice" open={codeIds.length > 0}>
        <summary>
          {t('chronology.codes')} ({codeIds.length})
        </summary>
        {codes.map((code) => (
          <label key={code.id} className="check">
            <input type="checkbox" checked={codeIds.includes(code.id)} onChange={(change) => setCodeIds(change.target.checked ? [...codeIds, code.id] : codeIds.filter((id) => id !== code.id))} />
            <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
            {code.id} {code.label[language]}
          </label>
        ))}
      </details>
      <div className="actions">
        <button type="button" className="primary" disabled={!date || title.trim() === ''} onClick={() => void save()}>
          {t('chronology.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('chronology.cancel')}
        </button>
        {event ? (
          <button type="button" className="danger" onClick={() => void run(api.chronology.deleteEvent({ id: event.id })).then((done) => done && onClose())}>
            {t('chronology.delete')}
          </button>
        ) : null}
      </div>
      {event ? (
        <>
          <h4>{t('chronology.sources')}</h4>
          {event.citations.length === 0 ? <p className="flag">{t('chronology.unsupportedTitle')}</p> : null}
          <CitationList citations={event.citations} documents={documents} onRemove={(citationId) => void run(api.chronology.removeCitation({ eventId: event.id, citationId }))} />
          <SignalEditor key={JSON.stringify(event.signal ?? null)} event={event} events={events} actors={actors} codebook={codebook} run={run} />
        </>
      ) : null}
    </div>
  );
}
