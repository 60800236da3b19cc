import type { Passage } from '../model/coding';

/**
 * Which codes appear together: on the same passage, or on passages that
 * overlap on the same page. A cell counts the distinct passages involved
 * and keeps their ids, so the UI can open the passages behind it. The
 * diagonal counts the passages that carry the code at all.
 */
export interface CooccurrenceCell {
  a: string;
  b: string;
  /** Distinct pairs of (passage with a, passage with b) that coincide; a passage carrying both counts once. */
  count: number;
  passageIds: string[];
}

export interface CooccurrenceMatrix {
  codeIds: string[];
  cells: CooccurrenceCell[];
}

function codesOf(passage: Passage, analyst?: string): Set<string> {
  return new Set(passage.codes.filter((application) => analyst === undefined || application.analyst === analyst).map((application) => application.codeId));
}

export function cooccurrence(passages: readonly Passage[], options: { analyst?: string } = {}): CooccurrenceMatrix {
  const cells = new Map<string, { a: string; b: string; pairs: Set<string>; passageIds: Set<string> }>();
  const add = (x: string, y: string, pair: string, ids: readonly string[]) => {
    const [a, b] = x <= y ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    const cell = cells.get(key) ?? { a, b, pairs: new Set<string>(), passageIds: new Set<string>() };
    cells.set(key, cell);
    cell.pairs.add(pair);
    for (const id of ids) cell.passageIds.add(id);
  };

  const byPage = new Map<string, Array<{ passage: Passage; codes: Set<string> }>>();
  const used = new Set<string>();
  for (const passage of passages) {
    const codes = codesOf(passage, options.analyst);
    if (codes.size === 0) continue;
    for (const code of codes) used.add(code);
    const key = `${passage.documentId}#${passage.anchor.page}`;
    const list = byPage.get(key) ?? [];
    list.push({ passage, codes });
    byPage.set(key, list);
  }

  for (const list of byPage.values()) {
    list.sort((x, y) => x.passage.anchor.start - y.passage.anchor.start);
    for (let i = 0; i < list.length; i += 1) {
      const first = list[i] as (typeof list)[number];
      const codes = [...first.codes];
      // Same passage: every pair of its codes, and each code with itself (the diagonal).
      for (let x = 0; x < codes.length; x += 1) {
        for (let y = x; y < codes.length; y += 1) add(codes[x] as string, codes[y] as string, first.passage.id, [first.passage.id]);
      }
      // Overlapping passages further along the page (sorted by start: stop at the first that starts after this ends).
      for (let j = i + 1; j < list.length; j += 1) {
        const second = list[j] as (typeof list)[number];
        if (second.passage.anchor.start >= first.passage.anchor.end) break;
        const pair = [first.passage.id, second.passage.id].sort().join('+');
        for (const x of first.codes) {
          for (const y of second.codes) if (x !== y) add(x, y, pair, [first.passage.id, second.passage.id]);
        }
      }
    }
  }

  return {
    codeIds: [...used].sort(),
    cells: [...cells.values()].map((cell) => ({ a: cell.a, b: cell.b, count: cell.pairs.size, passageIds: [...cell.passageIds].sort() })),
  };
}
