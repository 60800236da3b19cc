import { useRef, useState, type KeyboardEvent } from 'react';

/**
 * One tab stop for a whole chart: the bars or cells form a grid of `rows` ×
 * `columns` (bars are one row), the arrow keys, Home and End move between
 * them, and only the current one is in the tab order (the roving tabindex
 * of the WAI-ARIA grid pattern), so a chart of 400 cells is not 400 Tabs.
 * Enter or Space activates the current one, as a click does: SVG shapes
 * have no activation of their own.
 */
export function useRovingGrid(rows: number, columns: number) {
  const [current, setCurrent] = useState<[number, number]>([0, 0]);
  const elements = useRef(new Map<string, SVGElement>());
  const row = Math.min(current[0], Math.max(rows - 1, 0));
  const column = Math.min(current[1], Math.max(columns - 1, 0));

  function moveTo(r: number, c: number) {
    if (r < 0 || r >= rows || c < 0 || c >= columns) return;
    setCurrent([r, c]);
    elements.current.get(`${r}:${c}`)?.focus();
  }

  /** Props for the shape at (r, c); `activate` is what a click or Enter does (nothing for an empty cell). */
  return (r: number, c: number, activate: (() => void) | undefined) => ({
    ref: (element: SVGElement | null) => {
      if (element) elements.current.set(`${r}:${c}`, element);
      else elements.current.delete(`${r}:${c}`);
    },
    tabIndex: r === row && c === column ? 0 : -1,
    onFocus: () => {
      if (r !== row || c !== column) setCurrent([r, c]);
    },
    onClick: activate,
    onKeyDown: (event: KeyboardEvent) => {
      const moves: Record<string, [number, number]> = {
        ArrowLeft: [r, c - 1],
        ArrowRight: [r, c + 1],
        ArrowUp: [r - 1, c],
        ArrowDown: [r + 1, c],
        Home: [r, 0],
        End: [r, columns - 1],
      };
      const next = moves[event.key];
      if (next) {
        event.preventDefault();
        moveTo(...next);
      } else if ((event.key === 'Enter' || event.key === ' ') && activate) {
        event.preventDefault();
        activate();
      }
    },
  });
}
