import { termOf } from '../../../shared/search/analyzer';
import { tokenize } from '../../../shared/search/text';
import type { PassageInput } from '../../../shared/search/shard';
import { random } from './corpus';

export type QueryType = 'term' | 'boolean' | 'phrase' | 'prefix' | 'fuzzy';
export interface BenchQuery {
  type: QueryType;
  query: string;
}

/** Queries drawn from the corpus itself (so they have hits), 40 of each type, deterministic. */
export function benchQueries(passages: readonly PassageInput[], perType = 40): BenchQuery[] {
  const rand = random(7);
  const words = () => tokenize((passages[Math.floor(rand() * passages.length)] as PassageInput).text).map((t) => t.surface).filter((w) => /^[a-z]{4,}$/.test(w) && termOf(w) !== null);
  const word = () => {
    const list = words();
    return list[Math.floor(rand() * list.length)] ?? 'toeslagen';
  };
  const out: BenchQuery[] = [];
  for (let i = 0; i < perType; i += 1) {
    out.push({ type: 'term', query: word() });
    out.push({ type: 'boolean', query: i % 2 === 0 ? `+${word()} +${word()}` : `${word()} ${word()} -${word()}` });
    const list = words();
    const at = Math.floor(rand() * Math.max(1, list.length - 1));
    out.push({ type: 'phrase', query: `"${list[at] ?? 'raad'} ${list[at + 1] ?? 'state'}"` });
    out.push({ type: 'prefix', query: `${word().slice(0, 4)}*` });
    // A one-letter typo (a substitution: one edit for Spoor and MiniSearch alike).
    const w = word();
    const pos = 1 + Math.floor(rand() * (w.length - 2));
    const typo = w[pos] === 'e' ? 'a' : 'e';
    out.push({ type: 'fuzzy', query: `${w.slice(0, pos)}${typo}${w.slice(pos + 1)}~1` });
  }
  return out;
}
