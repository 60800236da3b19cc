import { createElement, useEffect, useMemo, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { filterEvents, type EventFilter } from '../../shared/chronology/events/filter';
import { formatFuzzyDate } from '../../shared/chronology/fuzzy-date';
import { daysFromCivil, parseCivilDay, SECONDS_PER_DAY } from '../../shared/chronology/fuzzy-date/civil';
import { layoutSignalChain } from '../../shared/chronology/signal-chain/layout';
import { CHAIN_COLORS, signalChainShapes, type ShapeGroup } from '../../shared/chronology/signal-chain/shapes';
import { resolveMerged } from '../../shared/codebook/operations';
import type { ChronologySnapshot } from '../../shared/contract/chronology';
import type { ChronologyEvent } from '../../shared/model/chronology';
import type { Codebook } from '../../shared/model/coding';
import { useI18n } from '../app/i18n';
import { useCoding } from '../coding/use-coding';
import { CitationList } from './CitationList';
import { EventFilters } from './EventFilters';
import { roleKey } from './labels';
import { useChronology } from './use-chronology';
import '../styles/chronology.css';

/** The width the figure gets: its container's, followed as the window resizes. Attach `ref` to the container. */
export function useWidth(minimum = 640): [(element: HTMLDivElement | null) => void, number, HTMLDivElement | null] {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(1000);
  useEffect(() => {
    if (!element) return undefined;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(minimum, Math.floor(entry?.contentRect.width ?? 1000))));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, minimum]);
  return [setElement, width, element];
}

/** Shapes as SVG elements; a group with a target is a button that selects its event. */
export function ShapeGroups({ groups, selected, onSelect }: { groups: readonly ShapeGroup[]; selected: string | undefined; onSelect: (group: ShapeGroup) => void }) {
  return (
    <>
      {groups.map((group) => {
        const shapes = group.shapes.map((shape, index) => createElement(shape.tag, { key: index, ...shape.attrs }, shape.text));
        if (!group.target) return <g key={group.key}>{shapes}</g>;
        const activate = () => onSelect(group);
        return (
          <g
            key={group.key}
            role="button"
            tabIndex={0}
            aria-label={group.label}
            aria-pressed={selected === group.key}
            className={selected === group.key ? 'selected' : undefined}
            data-event={group.target.eventId}
            onClick={activate}
            onKeyDown={(event: KeyboardEvent) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                activate();
              }
            }}
          >
            <title>{group.label}</title>
            {group.hit ? createElement(group.hit.tag, group.hit.attrs) : null}
            {shapes}
          </g>
        );
      })}
    </>
  );
}

/** A legend entry's line in the figure's colour; its words stay in the ink colour, readable in both themes. */
function legendLine(color: string): CSSProperties {
  return { '--line-color': color } as CSSProperties;
}

function alteredCodes(codebook: Codebook | undefined): Set<string> {
  return new Set(codebook ? codebook.codes.filter((code) => resolveMerged(codebook, code.id) === 'SV5').map((code) => code.id) : []);
}

function periodOf(filter: EventFilter): { earliest: number; latest: number } | undefined {
  const from = filter.from ? parseCivilDay(filter.from) : undefined;
  const to = filter.to ? parseCivilDay(filter.to) : undefined;
  if (!from || !to) return undefined;
  return { earliest: daysFromCivil(from.year, from.month, from.day) * SECONDS_PER_DAY, latest: (daysFromCivil(to.year, to.month, to.day) + 1) * SECONDS_PER_DAY - 1 };
}

function Detail({ snapshot, group, codebook }: { snapshot: ChronologySnapshot; group: ShapeGroup; codebook: Codebook | undefined }) {
  const { t, language } = useI18n();
  const event = snapshot.events.find((candidate) => candidate.id === group.target?.eventId);
  if (!event) return null;
  const actor = (id: string) => snapshot.actors.find((candidate) => candidate.id === id);
  const answered: ChronologyEvent[] = group.target?.kind === 'response' ? snapshot.events.filter((candidate) => candidate.signal?.answer.kind === 'response' && candidate.signal.answer.eventId === event.id) : [];
  const signal = event.signal;
  const from = signal ? actor(signal.fromActorId) : undefined;
  const to = signal ? actor(signal.toActorId) : undefined;
  return (
    <section className="figure-detail" aria-label={t('chronology.details')}>
      <h3>
        {formatFuzzyDate(event.date, language)} — {event.title}
      </h3>
      {group.target?.kind === 'signal' && signal && from && to ? (
        <p>
          {from.name} ({t(roleKey(from.role))}) → {to.name} ({t(roleKey(to.role))}){signal.content ? `: ${signal.content}` : ''}.{' '}
          <strong>{t('chronology.signalAnswer')}:</strong> {t(`chronology.answer.${signal.answer.kind}`)}
          {signal.answer.kind === 'none' ? ` (${t('chronology.answerNoneAfter').toLowerCase()} ${signal.answer.after})` : ''}
          {signal.codeIds.length ? ` · ${signal.codeIds.map((id) => codebook?.codes.find((code) => code.id === id)?.label[language] ?? id).join(', ')}` : ''}
        </p>
      ) : null}
      {answered.map((answeredSignal) => (
        <p key={answeredSignal.id} className="muted">
          {t('chronology.chain.response')}: {formatFuzzyDate(answeredSignal.date, language)} — {answeredSignal.title}
        </p>
      ))}
      <h4>{t('chronology.chain.citations')}</h4>
      {event.citations.length === 0 ? <p className="flag">{t('chronology.unsupportedTitle')}</p> : <CitationList citations={event.citations} documents={snapshot.documents} />}
    </section>
  );
}

/**
 * The signal chain: lanes for the roles, time from left to right, an arrow
 * per signal and per response. Unanswered signals are dashed red ("none
 * found") or dotted grey (not looked into), altered ones orange. Clicking
 * an arrow shows the passages its event cites, each opening the reader.
 */
export function SignalChainView() {
  const { t, language } = useI18n();
  const { codebook } = useCoding();
  const { snapshot } = useChronology();
  const [filter, setFilter] = useState<EventFilter>({});
  const [selected, setSelected] = useState<ShapeGroup | undefined>();
  const [ref, width] = useWidth();
  const layout = useMemo(() => {
    if (!snapshot) return undefined;
    const shown = filterEvents(
      snapshot.events.filter((event) => event.signal),
      snapshot.actors,
      filter,
    );
    const period = periodOf(filter);
    return layoutSignalChain(snapshot.events, snapshot.actors, { width, only: new Set(shown.map((event) => event.id)), alteredCodes: alteredCodes(codebook), ...(period ? { period } : {}) });
  }, [snapshot, filter, width, codebook]);
  const groups = useMemo(() => (layout ? signalChainShapes(layout, language) : []), [layout, language]);
  if (!snapshot || !layout) return null;
  return (
    <div className="figure-view">
      <EventFilters filter={filter} onChange={setFilter} actors={snapshot.actors} codebook={codebook} fields={['actor', 'role', 'code', 'period']} />
      <p className="figure-legend">
        <span style={legendLine(CHAIN_COLORS.answered)}>{t('chronology.chain.answered')}</span>
        <span className="none" style={legendLine(CHAIN_COLORS.none)}>
          {t('chronology.chain.none')}
        </span>
        <span className="open" style={legendLine(CHAIN_COLORS.open)}>
          {t('chronology.chain.open')}
        </span>
        <span style={legendLine(CHAIN_COLORS.altered)}>{t('chronology.chain.altered')}</span>
        <span style={legendLine(CHAIN_COLORS.response)}>{t('chronology.chain.response')}</span>
      </p>
      <div className="figure-scroll" ref={ref}>
        {layout.signals.length === 0 ? (
          <p className="muted">{t('chronology.chain.empty')}</p>
        ) : (
          <svg role="group" aria-label={t('chronology.chain.figure')} width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} data-testid="signal-chain">
            <ShapeGroups groups={groups} selected={selected?.key} onSelect={setSelected} />
          </svg>
        )}
      </div>
      {selected ? <Detail snapshot={snapshot} group={selected} codebook={codebook} /> : null}
    </div>
  );
}
