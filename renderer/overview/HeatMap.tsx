import { useRovingGrid } from './roving';

export interface HeatColumn {
  key: string;
  /** Shown over the column: a code id, a ground. */
  label: string;
  /** The long name, as a tooltip and in the table header: the code's label. */
  title: string;
  /** A colour shown beside the label (a code's colour); the label says the same in words. */
  swatch?: string;
}

export interface HeatRowView {
  key: string;
  label: string;
  counts: Readonly<Record<string, number>>;
}

interface Props {
  rows: readonly HeatRowView[];
  columns: readonly HeatColumn[];
  label: string;
  /** A cell to a screen reader and in its tooltip: "memo.pdf, code BO1: 3 passages". */
  cellName: (row: HeatRowView, column: HeatColumn, count: number) => string;
  onActivate: (row: HeatRowView, column: HeatColumn) => void;
  number: (value: number) => string;
}

const LEVELS = 4;
const LABEL_WIDTH = 330;
const LABEL_CHARS = 44;
const CELL_WIDTH = 54;
const CELL_HEIGHT = 28;
const HEADER = 70;

/** Shade 1–4 of a count against the largest in the chart (0: empty). */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(LEVELS, Math.max(1, Math.ceil((count / max) * LEVELS)));
}

/** The counts each shade stands for, for the legend: `[level, lowest, highest]`, shades that no count reaches left out. */
export function heatLegend(max: number): Array<[number, number, number]> {
  const legend: Array<[number, number, number]> = [];
  for (let level = 1; level <= LEVELS; level += 1) {
    const low = Math.floor(((level - 1) * max) / LEVELS) + 1;
    const high = Math.floor((level * max) / LEVELS);
    if (low <= high) legend.push([level, low, high]);
  }
  return legend;
}

function shortened(text: string): string {
  return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;
}

/**
 * A heat map drawn in SVG: documents down, codes or grounds across, each
 * cell shaded by its count and showing the count as text, so colour is
 * never the only signal. Every cell with a count is a link (the arrow keys
 * move to the next cell with a count, Enter opens what the cell counts).
 */
export function HeatMap({ rows, columns, label, cellName, onActivate, number }: Props) {
  const count = (r: number, c: number) => rows[r]?.counts[columns[c]?.key ?? ''] ?? 0;
  const roving = useRovingGrid(rows.length, columns.length, (r, c) => count(r, c) > 0);
  const max = Math.max(0, ...rows.flatMap((row) => Object.values(row.counts)));
  const gridWidth = columns.length * CELL_WIDTH;
  const width = LABEL_WIDTH + gridWidth + 8;
  const height = HEADER + rows.length * CELL_HEIGHT + 4;
  return (
    <>
      <div className="chart-scroll heat-scroll">
        <svg className="heat-map" role="group" aria-label={label} width={width} height={height}>
          {columns.map((column, c) => {
            const centre = LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2;
            return (
              <g key={column.key} className="heat-column" aria-hidden="true">
                <title>{column.title}</title>
                {column.swatch ? <rect x={centre - 5} y={HEADER - 14} width={10} height={10} fill={column.swatch} className="swatch" /> : null}
                <text transform={`translate(${centre + 4} ${HEADER - 20}) rotate(-40)`}>{column.label}</text>
              </g>
            );
          })}
          {rows.map((row, r) => {
            const top = HEADER + r * CELL_HEIGHT;
            return (
              <g key={row.key}>
                <text className="heat-row-label" x={LABEL_WIDTH - 8} y={top + CELL_HEIGHT / 2 + 4} textAnchor="end" aria-hidden="true">
                  <title>{row.label}</title>
                  {shortened(row.label)}
                </text>
                {/* Empty cells are one strip per row, not a shape each: a case of 1,000 documents stays quick to draw. */}
                <rect className="heat-empty" x={LABEL_WIDTH + 1} y={top + 1} width={gridWidth - 2} height={CELL_HEIGHT - 2} rx={3} aria-hidden="true" />
                {columns.map((column, c) => {
                  const n = count(r, c);
                  if (n === 0) return null;
                  const name = cellName(row, column, n);
                  const left = LABEL_WIDTH + c * CELL_WIDTH;
                  return (
                    <g key={column.key} role="link" aria-label={name} className={`heat-cell heat-level-${heatLevel(n, max)}`} {...roving(r, c, () => onActivate(row, column))}>
                      <title>{name}</title>
                      <rect x={left + 1} y={top + 1} width={CELL_WIDTH - 2} height={CELL_HEIGHT - 2} rx={3} />
                      <text x={left + CELL_WIDTH / 2} y={top + CELL_HEIGHT / 2 + 4} textAnchor="middle">
                        {number(n)}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
          {columns.slice(1).map((column, index) => (
            <line key={column.key} className="heat-divider" x1={LABEL_WIDTH + (index + 1) * CELL_WIDTH} x2={LABEL_WIDTH + (index + 1) * CELL_WIDTH} y1={HEADER} y2={height} aria-hidden="true" />
          ))}
        </svg>
      </div>
      <HeatLegend max={max} number={number} />
    </>
  );
}

function HeatLegend({ max, number }: { max: number; number: (value: number) => string }) {
  return (
    <p className="heat-legend" aria-hidden="true">
      {heatLegend(max).map(([level, low, high]) => (
        <span key={level} className="heat-legend-item">
          <span className={`heat-legend-swatch heat-level-${level}`} />
          {low === high ? number(low) : `${number(low)}–${number(high)}`}
        </span>
      ))}
    </p>
  );
}

interface TableProps extends Omit<Props, 'label'> {
  label: string;
  rowTitle: string;
  totalTitle: string;
}

/** The same counts as a table: a row per document, a column per code or ground, each count a button doing what its cell does. */
export function HeatTable({ rows, columns, label, rowTitle, totalTitle, cellName, onActivate, number }: TableProps) {
  return (
    <div className="table-scroll">
      <table className="overview-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{rowTitle}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" title={column.title}>
                {column.label}
              </th>
            ))}
            <th scope="col">{totalTitle}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {columns.map((column) => {
                const count = row.counts[column.key] ?? 0;
                return (
                  <td key={column.key}>
                    {count > 0 ? (
                      <button type="button" className="link" aria-label={cellName(row, column, count)} onClick={() => onActivate(row, column)}>
                        {number(count)}
                      </button>
                    ) : null}
                  </td>
                );
              })}
              <td>{number(Object.values(row.counts).reduce((sum, count) => sum + count, 0))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
