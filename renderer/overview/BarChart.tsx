import { useId } from 'react';
import { useRovingGrid } from './roving';

export interface Bar {
  key: string;
  value: number;
  /** How much of the value is drawn hatched (events whose date reaches beyond the month). */
  hatched?: number;
  /** The bar's name in a table row: "maart 2020", "zonder datum". */
  label: string;
  /** Under the bar: "mrt"; `year` on a second line where a year starts. */
  axisLabel: string;
  year?: string;
  /** The bar to a screen reader and in its tooltip: "maart 2020: 12 documenten". */
  name: string;
  /** Drawn apart from the time axis, in its own pattern (the undated documents). */
  apart?: boolean;
}

interface Props {
  bars: readonly Bar[];
  /** The chart as a whole, for a screen reader. */
  label: string;
  axisTitle: string;
  /** `button` when a bar shows something below the chart (and stays pressed), `link` when it goes to another view. */
  role: 'button' | 'link';
  selected?: string;
  onActivate: (key: string) => void;
  number: (value: number) => string;
}

const BAR = 22;
const GAP = 8;
const APART = 28;
const LEFT = 56;
const TOP = 22;
const PLOT = 160;
const BOTTOM = 44;

/** Round steps (1, 2, 5, 10, 20, …) with at most five of them up to `max`. */
export function axisTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  let step = 1;
  for (let scale = 1; ; scale *= 10) {
    const found = [1, 2, 5].map((base) => base * scale).find((candidate) => max / candidate <= 5);
    if (found) {
      step = found;
      break;
    }
  }
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, index) => index * step);
}

/**
 * A bar chart drawn in SVG: a count above every bar (colour is never the
 * only signal), a y axis with round ticks, months under the bars and the
 * year where it starts. Every bar with something in it is a link or button
 * with a name of its own; the arrow keys move between bars.
 */
export function BarChart({ bars, label, axisTitle, role, selected, onActivate, number }: Props) {
  const hatchId = useId();
  const roving = useRovingGrid(1, bars.length);
  const ticks = axisTicks(Math.max(0, ...bars.map((bar) => bar.value)));
  const top = ticks.at(-1) ?? 1;
  const y = (value: number) => TOP + PLOT - (value / top) * PLOT;
  const x = (index: number) => LEFT + GAP + index * (BAR + GAP) + (bars[index]?.apart ? APART : 0);
  // Room on the right for the label of a bar drawn apart ("zonder datum"), which is wider than the bar.
  const width = x(bars.length - 1) + BAR + GAP * 2 + (bars.at(-1)?.apart ? APART + GAP : 0);
  return (
    <div className="chart-scroll">
      <svg className="bar-chart" role="group" aria-label={label} width={width} height={TOP + PLOT + BOTTOM}>
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="hatch-ground" />
            <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" strokeWidth="3" />
          </pattern>
        </defs>
        <text className="axis-title" transform={`translate(14 ${TOP + PLOT / 2}) rotate(-90)`} textAnchor="middle">
          {axisTitle}
        </text>
        {ticks.map((tick) => (
          <g key={tick} className="tick" aria-hidden="true">
            <line x1={LEFT} x2={width} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
              {number(tick)}
            </text>
          </g>
        ))}
        <line className="axis" x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + PLOT} aria-hidden="true" />
        {bars.map((bar, index) => {
          const hatched = Math.min(bar.hatched ?? 0, bar.value);
          const activate = bar.value > 0 ? () => onActivate(bar.key) : undefined;
          return (
            <g
              key={bar.key}
              role={role}
              aria-label={bar.name}
              aria-pressed={role === 'button' ? bar.key === selected : undefined}
              aria-disabled={activate ? undefined : true}
              className={`bar${bar.apart ? ' apart' : ''}${bar.key === selected ? ' selected' : ''}`}
              data-key={bar.key}
              {...roving(0, index, activate)}
            >
              <title>{bar.name}</title>
              <rect className="bar-hit" x={x(index) - GAP / 2} y={TOP} width={BAR + GAP} height={PLOT + BOTTOM - 4} />
              <rect className="bar-fill" x={x(index)} y={y(bar.value - hatched)} width={BAR} height={y(0) - y(bar.value - hatched)} />
              {hatched > 0 ? <rect className="bar-hatched" fill={`url(#${hatchId})`} x={x(index)} y={y(bar.value)} width={BAR} height={y(0) - y(hatched)} /> : null}
              {bar.value > 0 ? (
                <text className="bar-value" x={x(index) + BAR / 2} y={y(bar.value) - 4} textAnchor="middle">
                  {number(bar.value)}
                </text>
              ) : null}
              <text className="bar-label" x={x(index) + BAR / 2} y={TOP + PLOT + 15} textAnchor="middle">
                {bar.axisLabel}
              </text>
              {bar.year ? (
                <text className="bar-year" x={x(index) + BAR / 2} y={TOP + PLOT + 31} textAnchor="middle">
                  {bar.year}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

interface TableProps {
  bars: readonly Bar[];
  label: string;
  columns: { label: string; value: string; hatched?: string };
  onActivate: (key: string) => void;
  number: (value: number) => string;
}

/** The same bars as a table: one row per bar, the count a button doing what the bar does. */
export function BarTable({ bars, label, columns, onActivate, number }: TableProps) {
  return (
    <div className="table-scroll">
      <table className="overview-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{columns.label}</th>
            <th scope="col">{columns.value}</th>
            {columns.hatched ? <th scope="col">{columns.hatched}</th> : null}
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.label}</th>
              <td>
                {bar.value > 0 ? (
                  <button type="button" className="link" aria-label={bar.name} onClick={() => onActivate(bar.key)}>
                    {number(bar.value)}
                  </button>
                ) : (
                  number(0)
                )}
              </td>
              {columns.hatched ? <td>{number(bar.hatched ?? 0)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
