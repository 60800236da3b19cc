import type { EventFilter } from '../../shared/chronology/events/filter';
import { ACTOR_ROLES, EVENT_TYPES, type Actor, type ActorRole, type EventType, type VerificationStatus } from '../../shared/model/chronology';
import type { Codebook } from '../../shared/model/coding';
import { useI18n } from '../app/i18n';
import { roleKey, statusKey, typeKey } from './labels';

interface Props {
  filter: EventFilter;
  onChange: (filter: EventFilter) => void;
  actors: readonly Actor[];
  codebook: Codebook | undefined;
  /** Which filters to offer; the signal chain adds role and period, the table and timeline type and status. */
  fields: ReadonlyArray<'code' | 'actor' | 'role' | 'type' | 'status' | 'period'>;
}

function without<K extends keyof EventFilter>(filter: EventFilter, key: K, value: EventFilter[K] | ''): EventFilter {
  const next = { ...filter };
  if (value === '' || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** The filters above the table, timeline and signal chain: each a choice of one value or all. */
export function EventFilters({ filter, onChange, actors, codebook, fields }: Props) {
  const { t, language } = useI18n();
  const codes = codebook?.codes.filter((code) => code.codable && !code.retired) ?? [];
  return (
    <div className="event-filters" role="group" aria-label={t('chronology.filter')}>
      {fields.includes('code') ? (
        <label>
          <span>{t('chronology.codes')}</span>
          <select value={filter.codeId ?? ''} onChange={(event) => onChange(without(filter, 'codeId', event.target.value))}>
            <option value="">{t('chronology.all')}</option>
            {codes.map((code) => (
              <option key={code.id} value={code.id}>
                {code.id} {code.label[language]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {fields.includes('actor') ? (
        <label>
          <span>{t('chronology.actors')}</span>
          <select value={filter.actorId ?? ''} onChange={(event) => onChange(without(filter, 'actorId', event.target.value))}>
            <option value="">{t('chronology.all')}</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {fields.includes('role') ? (
        <label>
          <span>{t('chronology.chain.role')}</span>
          <select value={filter.role ?? ''} onChange={(event) => onChange(without(filter, 'role', event.target.value as ActorRole | ''))}>
            <option value="">{t('chronology.all')}</option>
            {ACTOR_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(roleKey(role))}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {fields.includes('type') ? (
        <label>
          <span>{t('chronology.type')}</span>
          <select value={filter.type ?? ''} onChange={(event) => onChange(without(filter, 'type', event.target.value as EventType | ''))}>
            <option value="">{t('chronology.all')}</option>
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(typeKey(type))}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {fields.includes('status') ? (
        <label>
          <span>{t('chronology.status')}</span>
          <select value={filter.status ?? ''} onChange={(event) => onChange(without(filter, 'status', event.target.value as VerificationStatus | ''))}>
            <option value="">{t('chronology.all')}</option>
            {(['draft', 'checked'] as const).map((status) => (
              <option key={status} value={status}>
                {t(statusKey(status))}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {fields.includes('period') ? (
        <>
          <label>
            <span>
              {t('chronology.chain.period')} {t('chronology.chain.from')}
            </span>
            <input type="date" value={filter.from ?? ''} onChange={(event) => onChange(without(filter, 'from', event.target.value))} />
          </label>
          <label>
            <span>{t('chronology.chain.until')}</span>
            <input type="date" value={filter.to ?? ''} onChange={(event) => onChange(without(filter, 'to', event.target.value))} />
          </label>
        </>
      ) : null}
    </div>
  );
}
