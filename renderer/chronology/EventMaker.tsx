import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatFuzzyDate, type FuzzyDate } from '../../shared/chronology/fuzzy-date';
import type { CitationSource, EventProposalOutput } from '../../shared/contract/chronology';
import { EVENT_TYPES, type Actor, type ChronologyEvent, type EventType } from '../../shared/model/chronology';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { COMMANDS } from '../commands/catalog';
import { useCommands } from '../commands/CommandsProvider';
import { shortcutLabel } from '../commands/shortcuts';
import { Choice } from './Choice';
import { DateField } from './DateField';
import { typeKey } from './labels';
import '../styles/chronology.css';

interface Props {
  documentId: string;
  /** The reader's selection on the page shown, if any. */
  selection: { page: number; start: number; end: number } | undefined;
  /** The coded passage the analyst clicked, if any. */
  passageId: string | undefined;
}

interface Draft {
  source: CitationSource;
  proposal: EventProposalOutput;
  date: FuzzyDate | null;
  title: string;
  type: EventType;
  actorIds: string[];
}

/**
 * Makes an event from the reader's selection or chosen coded passage in two
 * keystrokes: Ctrl+E opens the proposal (date, title, actors, type and codes
 * taken from the passage) with Save focused, Enter saves it. Everything is
 * editable before saving, and Esc cancels.
 */
export function EventMaker({ documentId, selection, passageId }: Props) {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const [draft, setDraft] = useState<Draft | undefined>();
  const [actors, setActors] = useState<Actor[]>([]);
  const [saved, setSaved] = useState<string | undefined>();
  const [events, setEvents] = useState<ChronologyEvent[] | undefined>();
  const saveRef = useRef<HTMLButtonElement>(null);
  const source: CitationSource | undefined = selection
    ? { documentId, page: selection.page, start: selection.start, end: selection.end }
    : passageId
      ? { passageId }
      : undefined;

  async function open() {
    if (!source) return;
    try {
      const [proposal, snapshot] = await Promise.all([api.chronology.propose(source), api.chronology.get()]);
      setActors(snapshot.actors);
      setSaved(undefined);
      setDraft({ source, proposal, date: proposal.date, title: proposal.title, type: proposal.type, actorIds: proposal.actorIds });
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }

  useCommands([{ ...COMMANDS.makeEvent, available: () => source !== undefined, run: () => void open() }]);

  useEffect(() => {
    if (draft?.date) saveRef.current?.focus();
  }, [draft?.proposal]);

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (!draft?.date || draft.title.trim() === '') return;
    try {
      const created = await api.chronology.addEvent({
        date: draft.date,
        title: draft.title,
        type: draft.type,
        actorIds: draft.actorIds,
        codeIds: draft.proposal.codeIds,
        citations: [draft.source],
      });
      setDraft(undefined);
      setSaved(created.title);
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }

  async function cite(eventId: string) {
    if (!source || !eventId) return;
    try {
      const event = await api.chronology.addCitation({ eventId, source });
      setSaved(event.title);
      setEvents(undefined);
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }

  if (!draft) {
    return (
      <div className="event-maker-bar">
        <button type="button" disabled={!source} onClick={() => void open()} title={t('chronology.makeEventHint')}>
          {t('chronology.makeEvent')} <kbd>{shortcutLabel(COMMANDS.makeEvent.shortcut)}</kbd>
        </button>
        <select
          aria-label={t('chronology.citeHere')}
          disabled={!source}
          value=""
          onFocus={() => {
            if (!events) api.chronology.get().then((snapshot) => setEvents(snapshot.events), (error: unknown) => onError(asErrorInfo(error)));
          }}
          onChange={(change) => {
            // Back to the page, so that the reader's keys (Ctrl+E, the code shortcuts) work again.
            change.target.blur();
            void cite(change.target.value);
          }}
        >
          <option value="">{t('chronology.citeHere')}</option>
          {(events ?? []).map((event) => (
            <option key={event.id} value={event.id}>
              {formatFuzzyDate(event.date, language)} — {event.title}
            </option>
          ))}
        </select>
        {saved ? (
          <span role="status" className="saved">
            {t('chronology.eventSaved', { title: saved })}
          </span>
        ) : null}
      </div>
    );
  }

  const { proposal } = draft;
  const dateNote =
    proposal.dateSource === 'passage'
      ? t('chronology.dateFromPassage', { text: proposal.dateText ?? '' })
      : proposal.dateSource === 'sentence'
        ? t('chronology.dateFromSentence', { text: proposal.dateText ?? '' })
        : proposal.dateSource === 'document'
          ? t('chronology.dateFromDocument')
          : t('chronology.dateNone');
  return (
    <form
      className="event-maker"
      role="dialog"
      aria-label={t('chronology.newEvent')}
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setDraft(undefined);
      }}
    >
      <h3>{t('chronology.newEvent')}</h3>
      <blockquote className="quote">
        “{proposal.quote.length > 300 ? `${proposal.quote.slice(0, 300)}…` : proposal.quote}” <span className="muted">— {proposal.documentTitle}, p. {proposal.page}</span>
      </blockquote>
      <DateField label={t('chronology.date')} value={draft.date} onChange={(date) => setDraft({ ...draft, date })} autoFocus={!draft.date} />
      <p className="hint">{dateNote}</p>
      <label>
        <span>{t('chronology.title')}</span>
        <input value={draft.title} maxLength={500} onChange={(event) => setDraft({ ...draft, title: event.target.value })} />
      </label>
      <Choice label={t('chronology.type')} value={draft.type} options={EVENT_TYPES.map((type) => ({ value: type, label: t(typeKey(type)) }))} onChange={(type) => type && setDraft({ ...draft, type })} />
      {actors.length > 0 ? (
        <fieldset className="actor-choice">
          <legend>{t('chronology.actors')}</legend>
          {actors.map((actor) => (
            <label key={actor.id} className="check">
              <input
                type="checkbox"
                checked={draft.actorIds.includes(actor.id)}
                onChange={(event) => setDraft({ ...draft, actorIds: event.target.checked ? [...draft.actorIds, actor.id] : draft.actorIds.filter((id) => id !== actor.id) })}
              />
              {actor.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      {proposal.codeIds.length > 0 ? (
        <p className="muted">
          {t('chronology.codes')}: {proposal.codeIds.join(', ')}
        </p>
      ) : null}
      <div className="actions">
        <button ref={saveRef} type="submit" className="primary" disabled={!draft.date || draft.title.trim() === ''}>
          {t('chronology.save')}
        </button>
        <button type="button" onClick={() => setDraft(undefined)}>
          {t('chronology.cancel')}
        </button>
        <span className="muted">{t('chronology.enterSaves')}</span>
      </div>
    </form>
  );
}
