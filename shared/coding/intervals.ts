/** Half-open character ranges `[start, end)` on one page, and the set arithmetic agreement needs. */
export type Interval = readonly [number, number];

/** Sorted, non-overlapping, non-touching intervals covering the same characters. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export function totalLength(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, [s, e]) => sum + (e - s), 0);
}

/** Intersection of two unions (each sorted and disjoint). */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [as, ae] = a[i] as Interval;
    const [bs, be] = b[j] as Interval;
    const start = Math.max(as, bs);
    const end = Math.min(ae, be);
    if (start < end) out.push([start, end]);
    if (ae < be) i += 1;
    else j += 1;
  }
  return out;
}

/** `a` minus `b` (both unions). */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const [start, end] of a) {
    let cursor = start;
    while (j < b.length && (b[j] as Interval)[1] <= cursor) j += 1;
    let k = j;
    while (k < b.length && (b[k] as Interval)[0] < end) {
      const [bs, be] = b[k] as Interval;
      if (bs > cursor) out.push([cursor, bs]);
      cursor = Math.max(cursor, be);
      k += 1;
    }
    if (cursor < end) out.push([cursor, end]);
  }
  return out;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a[0] < b[1] && b[0] < a[1];
}
