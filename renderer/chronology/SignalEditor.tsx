import { useState } from 'react';
import { descendantIds } from '../../shared/codebook/operations';
import { formatFuzzyDate } from '../../shared/chronology/fuzzy-date';
import type { Actor, ChronologyEvent, SignalAnswer } from '../../shared/model/chronology';
import type { Codebook } from '../../shared/model/coding';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { Choice } from './Choice';
import { DayField } from './DayField';

interface Props {
  event: ChronologyEvent;
  events: readonly ChronologyEvent[];
  actors: readonly Actor[];
  codebook: Codebook | undefined;
  run: (work: Promise<unknown>) => Promise<boolean>;
}

/**
 * The signal link of an event: from whom to whom, what was signalled, how
 * it was answered (a response event, or explicitly none found up to a
 * date), and the signal-loss codes (group B) of the link.
 */
export function SignalEditor({ event, events, actors, codebook, run }: Props) {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const current = event.signal;
  const [open, setOpen] = useState(current !== undefined);
  const [fromActorId, setFrom] = useState(current?.fromActorId ?? actors[0]?.id ?? '');
  const [toActorId, setTo] = useState(current?.toActorId ?? actors[1]?.id ?? actors[0]?.id ?? '');
  const [content, setContent] = useState(current?.content ?? '');
  const [answerKind, setAnswerKind] = useState<SignalAnswer['kind']>(current?.answer.kind ?? 'open');
  const [responseId, setResponseId] = useState(current?.answer.kind === 'response' ? current.answer.eventId : '');
  const [after, setAfter] = useState(current?.answer.kind === 'none' ? current.answer.after : '');
  const [note, setNote] = useState(current?.answer.kind === 'none' ? current.answer.note : '');
  const [codeIds, setCodeIds] = useState<string[]>(current?.codeIds ?? []);
  const groupB = codebook ? [...descendantIds(codebook, 'B')].map((id) => codebook.codes.find((code) => code.id === id)).filter((code) => code && code.codable && !code.retired) : [];

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} disabled={actors.length === 0}>
        {t('chronology.addSignal')}
      </button>
    );
  }
  const answer: SignalAnswer | undefined =
    answerKind === 'open' ? { kind: 'open' } : answerKind === 'response' ? (responseId ? { kind: 'response', eventId: responseId } : undefined) : after ? { kind: 'none', after, note } : undefined;
  const others = events.filter((candidate) => candidate.id !== event.id);
  const actorOptions = actors.map((actor) => ({ value: actor.id, label: actor.name }));
  return (
    <fieldset className="signal-editor">
      <legend>{t('chronology.signal')}</legend>
      <div className="row">
        <Choice label={t('chronology.signalFrom')} value={fromActorId} options={actorOptions} onChange={setFrom} />
        <Choice label={t('chronology.signalTo')} value={toActorId} options={actorOptions} onChange={setTo} />
      </div>
      <label>
        <span>{t('chronology.signalContent')}</span>
        <textarea value={content} rows={2} onChange={(change) => setContent(change.target.value)} />
      </label>
      <div className="row" role="radiogroup" aria-label={t('chronology.signalAnswer')}>
        {(['open', 'response', 'none'] as const).map((kind) => (
          <label key={kind} className="check">
            <input type="radio" name={`answer-${event.id}`} checked={answerKind === kind} onChange={() => setAnswerKind(kind)} />
            {t(`chronology.answer.${kind}`)}
          </label>
        ))}
      </div>
      {answerKind === 'response' ? (
        <label>
          <span>{t('chronology.answerResponse')}</span>
          <select value={responseId} onChange={(change) => setResponseId(change.target.value)}>
            <option value="">{t('chronology.chooseResponse')}</option>
            {others.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {formatFuzzyDate(candidate.date, language)} — {candidate.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {answerKind === 'none' ? (
        <div className="row">
          <DayField label={t('chronology.answerNoneAfter')} edge="last" value={after} onChange={setAfter} />
          <label>
            <span>{t('chronology.answerNote')}</span>
            <input value={note} onChange={(change) => setNote(change.target.value)} />
          </label>
        </div>
      ) : null}
      <fieldset className="code-choice">
        <legend>{t('chronology.signalCodes')}</legend>
        {groupB.map((code) =>
          code ? (
            <label key={code.id} className="check">
              <input type="checkbox" checked={codeIds.includes(code.id)} onChange={(change) => setCodeIds(change.target.checked ? [...codeIds, code.id] : codeIds.filter((id) => id !== code.id))} />
              <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
              {code.id} {code.label[language]}
            </label>
          ) : null,
        )}
      </fieldset>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!answer || !fromActorId || !toActorId}
          onClick={() => answer && void run(api.chronology.setSignal({ eventId: event.id, signal: { fromActorId, toActorId, content, answer, codeIds } }))}
        >
          {t('chronology.save')} ({t('chronology.signal').toLowerCase()})
        </button>
        {current ? (
          <button type="button" className="danger" onClick={() => void run(api.chronology.setSignal({ eventId: event.id, signal: null }))}>
            {t('chronology.removeSignal')}
          </button>
        ) : (
          <button type="button" onClick={() => setOpen(false)}>
            {t('chronology.cancel')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
