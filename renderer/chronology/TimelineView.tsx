import { useLayoutEffect, useMemo, useRef, useState, type WheelEvent } from 'react';
import { filterEvents, type EventFilter } from '../../shared/chronology/events/filter';
import { formatFuzzyDate } from '../../shared/chronology/fuzzy-date';
import { labelOf, layoutTimeline, TYPE_COLORS, type TimelineItem } from '../../shared/chronology/timeline';
import { isSupported, type ChronologyEvent } from '../../shared/model/chronology';
import { useI18n } from '../app/i18n';
import { useCoding } from '../coding/use-coding';
import { CitationList } from './CitationList';
import { EventFilters } from './EventFilters';
import { statusKey, typeKey } from './labels';
import { useWidth } from './SignalChainView';
import { useChronology } from './use-chronology';
import '../styles/chronology.css';

const ZOOMS = [1, 2, 4, 8, 16, 32, 64];
const DANGER = '#a4262c';

function Mark({ item, y, supported, selected, onSelect, label }: { item: TimelineItem; y: number; supported: boolean; selected: boolean; onSelect: () => void; label: string }) {
  const color = TYPE_COLORS[item.type];
  const outline = supported ? color : DANGER;
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      data-event={item.eventId}
      className={selected ? 'selected' : undefined}
      onClick={onSelect}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect();
        }
      }}
    >
      <title>{label}</title>
      {item.mark === 'point' ? (
        <circle cx={item.x0} cy={y} r={selected ? 6.5 : 5} fill={color} stroke={outline} strokeWidth={supported ? 1 : 2.5} />
      ) : (
        <rect
          x={item.x0}
          y={y - 7}
          width={Math.max(2, item.x1 - item.x0)}
          height={14}
          rx={3}
          fill={color}
          fillOpacity={selected ? 0.55 : 0.3}
          stroke={outline}
          strokeWidth={supported ? 1 : 2.5}
          strokeDasharray={item.approximate || item.openStart || item.openEnd ? '4 3' : undefined}
        />
      )}
      {item.openStart ? <polygon points={`${item.x0},${y} ${item.x0 + 8},${y - 6} ${item.x0 + 8},${y + 6}`} fill={color} /> : null}
      {item.openEnd ? <polygon points={`${item.x1},${y} ${item.x1 - 8},${y - 6} ${item.x1 - 8},${y + 6}`} fill={color} /> : null}
      <text x={item.labelX} y={y + 4} fontSize={11} fill={supported ? '#222222' : DANGER} fontWeight={selected ? 'bold' : undefined}>
        {supported ? labelOf(item.title) : `! ${labelOf(item.title)}`}
      </text>
    </g>
  );
}

function Detail({ event, documents }: { event: ChronologyEvent; documents: Parameters<typeof CitationList>[0]['documents'] }) {
  const { t, language } = useI18n();
  return (
    <section className="figure-detail" aria-label={t('chronology.details')}>
      <h3>
        {formatFuzzyDate(event.date, language)} — {event.title}
      </h3>
      <p className="muted">
        {t(typeKey(event.type))} · {t(statusKey(event.status))}
      </p>
      {event.description ? <p>{event.description}</p> : null}
      {isSupported(event) ? null : <p className="flag">{t('chronology.unsupportedTitle')}</p>}
      <CitationList citations={event.citations} documents={documents} />
    </section>
  );
}

/**
 * The timeline: every event as a point, or for a fuzzy date as a band over
 * its whole span (a quarter is a band, not a point), rows packed so nothing
 * overlaps; zoom with the buttons or Ctrl + wheel, scroll sideways; filter
 * by code, actor, type and status; an event without a source is drawn red.
 */
export function TimelineView() {
  const { t, language } = useI18n();
  const { codebook } = useCoding();
  const { snapshot } = useChronology();
  const [filter, setFilter] = useState<EventFilter>({});
  const [zoom, setZoom] = useState(1);
  const [selected, setSelected] = useState<string | undefined>();
  const [ref, width, scroller] = useWidth();
  const anchor = useRef<number | undefined>(undefined);
  const events = useMemo(() => (snapshot ? filterEvents(snapshot.events, snapshot.actors, filter) : []), [snapshot, filter]);
  const layout = useMemo(() => layoutTimeline(events, Math.max(320, width - 2) * zoom), [events, width, zoom]);

  // Zooming keeps the middle of the view where it was.
  useLayoutEffect(() => {
    if (!scroller || anchor.current === undefined) return;
    scroller.scrollLeft = anchor.current * layout.width - scroller.clientWidth / 2;
    anchor.current = undefined;
  }, [layout.width, scroller]);

  function zoomTo(next: number) {
    const element = scroller;
    if (element) anchor.current = (element.scrollLeft + element.clientWidth / 2) / Math.max(1, layout.width);
    setZoom(next);
  }
  const index = ZOOMS.indexOf(zoom);
  function onWheel(event: WheelEvent) {
    if (!event.ctrlKey) return;
    event.preventDefault();
    const next = ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, index + (event.deltaY < 0 ? 1 : -1)))] ?? zoom;
    if (next !== zoom) zoomTo(next);
  }

  if (!snapshot) return null;
  const byId = new Map(snapshot.events.map((event) => [event.id, event]));
  const chosen = selected ? byId.get(selected) : undefined;
  return (
    <div className="figure-view">
      <EventFilters filter={filter} onChange={setFilter} actors={snapshot.actors} codebook={codebook} fields={['code', 'actor', 'type', 'status']} />
      <div className="zoom-controls">
        <button type="button" onClick={() => zoomTo(ZOOMS[index + 1] ?? zoom)} disabled={index === ZOOMS.length - 1}>
          {t('chronology.timeline.zoomIn')}
        </button>
        <button type="button" onClick={() => zoomTo(ZOOMS[index - 1] ?? zoom)} disabled={index === 0}>
          {t('chronology.timeline.zoomOut')}
        </button>
        <button type="button" onClick={() => zoomTo(1)} disabled={zoom === 1}>
          {t('chronology.timeline.fit')}
        </button>
        <span className="muted">×{zoom}</span>
      </div>
      <div className="figure-scroll" ref={ref} onWheel={onWheel}>
        <svg role="group" aria-label={t('chronology.timeline.figure')} width={layout.width} height={layout.height} data-testid="timeline">
          {layout.ticks.map((tick) => (
            <g key={tick.x}>
              <line x1={tick.x} y1={layout.axisHeight - 6} x2={tick.x} y2={layout.height} stroke="#d0d4da" strokeWidth={tick.major ? 1 : 0.5} />
              <text x={tick.x + 3} y={layout.axisHeight - 10} fontSize={10} fill="#555555">
                {tick.label}
              </text>
            </g>
          ))}
          {layout.items.map((item) => {
            const event = byId.get(item.eventId) as ChronologyEvent;
            return (
              <Mark
                key={item.eventId}
                item={item}
                y={layout.axisHeight + item.row * layout.rowHeight + layout.rowHeight / 2}
                supported={isSupported(event)}
                selected={selected === item.eventId}
                onSelect={() => setSelected(selected === item.eventId ? undefined : item.eventId)}
                label={`${formatFuzzyDate(event.date, language)}: ${event.title}${isSupported(event) ? '' : ` (${t('chronology.unsupported')})`}`}
              />
            );
          })}
        </svg>
      </div>
      {chosen ? <Detail event={chosen} documents={snapshot.documents} /> : null}
    </div>
  );
}
