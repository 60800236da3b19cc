import { useState, type FormEvent } from 'react';
import { eventsNaming } from '../../shared/chronology/events/actors';
import { ACTOR_ROLES, type Actor, type ActorKind, type ActorRole, type ChronologyEvent } from '../../shared/model/chronology';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { Choice } from './Choice';
import { roleKey } from './labels';

interface Props {
  actors: readonly Actor[];
  events: readonly ChronologyEvent[];
  run: (work: Promise<unknown>) => Promise<boolean>;
}

function splitAliases(text: string): string[] {
  return text
    .split(',')
    .map((alias) => alias.trim())
    .filter(Boolean);
}

function ActorRow({ actor, actors, events, run }: { actor: Actor } & Props) {
  const { t } = useI18n();
  const { api } = usePlatform();
  const [aliases, setAliases] = useState(actor.aliases.join(', '));
  const [mergeTarget, setMergeTarget] = useState('');
  const target = actors.find((candidate) => candidate.id === mergeTarget);
  return (
    <li className="actor" data-actor={actor.id}>
      <div className="row">
        <strong>{actor.name}</strong>
        <span className="muted">{t(`chronology.kind.${actor.kind}`)}</span>
        <select aria-label={`${t('chronology.actorRole')}: ${actor.name}`} value={actor.role} onChange={(change) => void run(api.chronology.updateActor({ id: actor.id, role: change.target.value as ActorRole }))}>
          {ACTOR_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(roleKey(role))}
            </option>
          ))}
        </select>
        <span className="muted">{t('chronology.actorEvents', { count: eventsNaming(events, actor.id).length })}</span>
      </div>
      <label>
        <span>{t('chronology.actorAliases')}</span>
        <input
          value={aliases}
          onChange={(change) => setAliases(change.target.value)}
          onBlur={() => {
            if (splitAliases(aliases).join(',') !== actor.aliases.join(',')) void run(api.chronology.updateActor({ id: actor.id, aliases: splitAliases(aliases) }));
          }}
        />
      </label>
      <div className="row">
        <select aria-label={`${t('chronology.mergeInto')} ${actor.name}`} value={mergeTarget} onChange={(change) => setMergeTarget(change.target.value)}>
          <option value="">{t('chronology.mergeInto')}</option>
          {actors
            .filter((candidate) => candidate.id !== actor.id)
            .map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
        </select>
        <button type="button" disabled={!target} onClick={() => target && void run(api.chronology.mergeActors({ sourceId: actor.id, targetId: target.id }))}>
          {t('chronology.merge')}
        </button>
        {target ? <span className="hint">{t('chronology.mergeHint', { source: actor.name, target: target.name })}</span> : null}
      </div>
    </li>
  );
}

/** People and organisations with their role (codebook section D); the same actor under two names is merged. */
export function ActorsPanel({ actors, events, run }: Props) {
  const { t } = useI18n();
  const { api } = usePlatform();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ActorKind>('organisation');
  const [role, setRole] = useState<ActorRole>('beleid');
  const [aliases, setAliases] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return;
    if (await run(api.chronology.addActor({ name, kind, role, aliases: splitAliases(aliases) }))) {
      setName('');
      setAliases('');
    }
  }

  return (
    <section className="actors-panel" aria-label={t('chronology.actorsTitle')}>
      <h3>{t('chronology.actorsTitle')}</h3>
      <form className="actor-form" onSubmit={(event) => void add(event)}>
        <label>
          <span>{t('chronology.actorName')}</span>
          <input value={name} maxLength={300} onChange={(change) => setName(change.target.value)} />
        </label>
        <Choice
          label={t('chronology.actorKind')}
          value={kind}
          options={(['organisation', 'person'] as const).map((value) => ({ value, label: t(`chronology.kind.${value}`) }))}
          onChange={(value) => value && setKind(value)}
        />
        <Choice label={t('chronology.actorRole')} value={role} options={ACTOR_ROLES.map((value) => ({ value, label: t(roleKey(value)) }))} onChange={(value) => value && setRole(value)} />
        <label>
          <span>{t('chronology.actorAliases')}</span>
          <input value={aliases} onChange={(change) => setAliases(change.target.value)} />
        </label>
        <button type="submit" disabled={name.trim() === ''}>
          {t('chronology.addActor')}
        </button>
      </form>
      {actors.length === 0 ? <p className="muted">{t('chronology.noActors')}</p> : null}
      <ul className="actor-list">
        {actors.map((actor) => (
          <ActorRow key={`${actor.id}-${actor.updatedAt}`} actor={actor} actors={actors} events={events} run={run} />
        ))}
      </ul>
    </section>
  );
}
