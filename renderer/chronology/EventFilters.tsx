import type { EventFilter } from '../../shared/chronology/events/filter';
import { ACTOR_ROLES, EVENT_TYPES, type Actor } from '../../shared/model/chronology';
import type { Codebook } from '../../shared/model/coding';
import { useI18n } from '../app/i18n';
import { Choice } from './Choice';
import { DayField } from './DayField';
import { roleKey, statusKey, typeKey } from './labels';

interface Props {
  filter: EventFilter;
  onChange: (filter: EventFilter) => void;
  actors: readonly Actor[];
  codebook: Codebook | undefined;
  /** Which filters to offer; the signal chain adds role and period, the table and timeline type and status. */
  fields: ReadonlyArray<'code' | 'actor' | 'role' | 'type' | 'status' | 'period'>;
}

/** The filters above the table, timeline and signal chain: each a choice of one value or all. */
export function EventFilters({ filter, onChange, actors, codebook, fields }: Props) {
  const { t, language } = useI18n();
  const all = t('chronology.all');
  const set = <K extends keyof EventFilter>(key: K, value: EventFilter[K] | '') => {
    const next = { ...filter };
    if (value === '' || value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const codes = codebook?.codes.filter((code) => code.codable && !code.retired) ?? [];
  return (
    <div className="event-filters" role="group" aria-label={t('chronology.filter')}>
      {fields.includes('code') ? (
        <Choice label={t('chronology.codes')} value={filter.codeId ?? ''} empty={all} options={codes.map((code) => ({ value: code.id, label: `${code.id} ${code.label[language]}` }))} onChange={(value) => set('codeId', value)} />
      ) : null}
      {fields.includes('actor') ? (
        <Choice label={t('chronology.actors')} value={filter.actorId ?? ''} empty={all} options={actors.map((actor) => ({ value: actor.id, label: actor.name }))} onChange={(value) => set('actorId', value)} />
      ) : null}
      {fields.includes('role') ? (
        <Choice label={t('chronology.chain.role')} value={filter.role ?? ''} empty={all} options={ACTOR_ROLES.map((role) => ({ value: role, label: t(roleKey(role)) }))} onChange={(value) => set('role', value)} />
      ) : null}
      {fields.includes('type') ? (
        <Choice label={t('chronology.type')} value={filter.type ?? ''} empty={all} options={EVENT_TYPES.map((type) => ({ value: type, label: t(typeKey(type)) }))} onChange={(value) => set('type', value)} />
      ) : null}
      {fields.includes('status') ? (
        <Choice label={t('chronology.status')} value={filter.status ?? ''} empty={all} options={(['draft', 'checked'] as const).map((status) => ({ value: status, label: t(statusKey(status)) }))} onChange={(value) => set('status', value)} />
      ) : null}
      {fields.includes('period') ? (
        <>
          <DayField label={`${t('chronology.chain.period')} ${t('chronology.chain.from')}`} edge="first" value={filter.from ?? ''} onChange={(day) => set('from', day)} />
          <DayField label={t('chronology.chain.until')} edge="last" value={filter.to ?? ''} onChange={(day) => set('to', day)} />
        </>
      ) : null}
    </div>
  );
}
