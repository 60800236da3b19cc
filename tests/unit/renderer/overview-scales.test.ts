import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../renderer/overview/BarChart';
import { heatLegend, heatLevel } from '../../../renderer/overview/HeatMap';

describe('chart scales of the Overview', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [4, [0, 1, 2, 3, 4]],
    [7, [0, 2, 4, 6, 8]],
    [12, [0, 5, 10, 15]],
    [230, [0, 50, 100, 150, 200, 250]],
  ])('puts round ticks up to at least %i', (max, ticks) => {
    expect(axisTicks(max)).toEqual(ticks);
  });

  it('shades a count against the largest, never an empty cell, always a filled one', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 100)).toBe(1);
    expect(heatLevel(26, 100)).toBe(2);
    expect(heatLevel(100, 100)).toBe(4);
  });

  it('gives the legend the counts of each shade, without shades no count can reach', () => {
    expect(heatLegend(36)).toEqual([
      [1, 1, 9],
      [2, 10, 18],
      [3, 19, 27],
      [4, 28, 36],
    ]);
    expect(heatLegend(2)).toEqual([
      [2, 1, 1],
      [4, 2, 2],
    ]);
    for (const max of [1, 3, 7, 50]) {
      for (let count = 1; count <= max; count += 1) {
        const shade = heatLegend(max).find(([, low, high]) => count >= low && count <= high);
        expect(shade?.[0], `${count} of ${max}`).toBe(heatLevel(count, max));
      }
    }
  });
});
