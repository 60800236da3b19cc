import { useRef, useState, type KeyboardEvent } from 'react';

type Position = [number, number];

/**
 * One tab stop for a whole chart: its bars or cells form a grid of `rows` ×
 * `columns` (bars are one row) of which `has(r, c)` says which positions
 * hold something to focus (a heat map leaves empty cells out). The arrow
 * keys go to the next one in their direction, Home and End to the first and
 * last in the row, and only the current one is in the tab order (the roving
 * tabindex of the WAI-ARIA grid pattern), so a chart of 400 cells is not
 * 400 Tabs. Enter or Space activates the current one, as a click does: SVG
 * shapes have no activation of their own.
 */
export function useRovingGrid(rows: number, columns: number, has: (r: number, c: number) => boolean = () => true) {
  const [current, setCurrent] = useState<Position | undefined>();
  const elements = useRef(new Map<string, SVGElement>());

  function scan(from: Position, step: Position): Position | undefined {
    for (let [r, c] = [from[0] + step[0], from[1] + step[1]]; r >= 0 && r < rows && c >= 0 && c < columns; r += step[0], c += step[1]) {
      if (has(r, c)) return [r, c];
    }
    return undefined;
  }

  function first(): Position | undefined {
    for (let r = 0; r < rows; r += 1) {
      const found = scan([r, -1], [0, 1]);
      if (found) return found;
    }
    return undefined;
  }

  const stop = current && current[0] < rows && current[1] < columns && has(...current) ? current : first();

  function moveTo(position: Position | undefined) {
    if (!position) return;
    setCurrent(position);
    elements.current.get(`${position[0]}:${position[1]}`)?.focus();
  }

  /** Props for the shape at (r, c); `activate` is what a click or Enter does (nothing for an empty bar). */
  return (r: number, c: number, activate: (() => void) | undefined) => ({
    ref: (element: SVGElement | null) => {
      if (element) elements.current.set(`${r}:${c}`, element);
      else elements.current.delete(`${r}:${c}`);
    },
    tabIndex: stop && stop[0] === r && stop[1] === c ? 0 : -1,
    onFocus: () => setCurrent([r, c]),
    onClick: activate,
    onKeyDown: (event: KeyboardEvent) => {
      const here: Position = [r, c];
      const moves: Record<string, () => Position | undefined> = {
        ArrowLeft: () => scan(here, [0, -1]),
        ArrowRight: () => scan(here, [0, 1]),
        ArrowUp: () => scan(here, [-1, 0]),
        ArrowDown: () => scan(here, [1, 0]),
        Home: () => scan([r, -1], [0, 1]),
        End: () => scan([r, columns], [0, -1]),
      };
      const move = moves[event.key];
      if (move) {
        event.preventDefault();
        moveTo(move());
      } else if ((event.key === 'Enter' || event.key === ' ') && activate) {
        event.preventDefault();
        activate();
      }
    },
  });
}
