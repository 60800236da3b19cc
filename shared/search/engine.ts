/**
 * Runs a parsed query over the shards of a case: expands words to index
 * terms, scores passages with corpus-wide BM25 (scoring.ts), applies +/-,
 * verifies phrases and exact forms against the text, filters by fields and
 * facets, counts facets and groups the hits by document.
 */
import { termOf } from './analyzer';
import { FacetCounter, documentFacetValues, type DocumentFacts, type FacetCounts, type FacetSelection, type FacetValues } from './facets';
import { Lexicon } from './fuzzy';
import { containsPhrase, type HighlightSpec } from './highlight';
import type { Clause, ParsedQuery, Presence, QueryProblem } from './query';
import { inverseDocumentFrequency, termScore } from './scoring';
import { SOURCE_OCR, documentFrequency, findTerm, lowerBound, passageCount, type ShardData } from './shard';
import { fold, tokenize } from './text';

/** Codes applied to a stretch of a page (NO_CODES when none); fed by the coding area. */
export type CodeProvider = (documentId: string, page: number, start: number, end: number) => readonly string[];

/** What a CodeProvider returns for an uncoded stretch: passages without codes share facet values, which saves work per hit. */
export const NO_CODES: readonly string[] = Object.freeze([]);

export interface SearchOptions {
  /** Match every word in the exact form typed (names), not in any Dutch form. */
  exact?: boolean;
  facets?: FacetSelection;
  /** 'shard' scores with each shard's own statistics: only to measure why that is wrong (bench, tests). */
  statistics?: 'corpus' | 'shard';
}

export interface Hit {
  shard: ShardData;
  passage: number;
  score: number;
}

export interface DocumentGroup {
  documentId: string;
  order: number;
  /** The best passage's score: documents rank by their best passage. */
  score: number;
  hits: Hit[];
}

export interface SearchOutcome {
  ok: true;
  /** Documents, best first; each group's hits best first. */
  groups: DocumentGroup[];
  total: number;
  facets: FacetCounts;
  highlight: HighlightSpec;
  /** Words left out because they are stop words. */
  ignored: string[];
}

export type SearchResult = SearchOutcome | { ok: false; problem: QueryProblem };

const FUZZY_WEIGHT = [1, 0.6, 0.4];
const MAX_TEXT_CLAUSES = 31;

type Verify = { phrase: string[] } | { surface: string } | { surfacePrefix: string } | null;

interface TextClause {
  presence: Presence;
  bit: number;
  verify: Verify;
  /** For a phrase: every term must be present. */
  conjunctive: boolean;
  /** For a phrase: how many distinct index terms it has (stop words excluded). */
  requiredTerms: number;
  /** Per shard: [termIndex, weight] pairs. */
  expansions: Array<Array<[number, number]>>;
}

type Filter = (doc: DocumentFacts) => boolean;
type PassageFilter = (shard: ShardData, passage: number, documentId: string) => boolean;

/** Whether `value`'s words occur together in `text` (the last one as a prefix when asked). Compares stems where there are any. */
function fieldMatches(text: string | undefined, value: string, prefix: boolean): boolean {
  if (!text) return false;
  const have = tokenize(text).map((t) => t.surface);
  const want = tokenize(value).map((t) => t.surface);
  if (want.length === 0) return false;
  const same = (a: string, b: string, isLast: boolean) => (isLast && prefix ? a.startsWith(b) : a === b || (termOf(a) ?? a) === (termOf(b) ?? b));
  outer: for (let i = 0; i + want.length <= have.length; i += 1) {
    for (let j = 0; j < want.length; j += 1) if (!same(have[i + j] as string, want[j] as string, j === want.length - 1)) continue outer;
    return true;
  }
  return false;
}

function documentFilter(clause: Extract<Clause, { kind: 'field' | 'date' }>): Filter | undefined {
  if (clause.kind === 'date') {
    return (doc) => {
      const date = doc.date?.slice(0, 10);
      return !!date && /^\d{4}-\d{2}-\d{2}$/.test(date) && (!clause.from || date >= clause.from) && (!clause.to || date <= clause.to);
    };
  }
  const { value, prefix } = clause;
  switch (clause.field) {
    case 'title':
      return (doc) => fieldMatches(doc.title, value, prefix);
    case 'sender':
      return (doc) => fieldMatches(doc.sender, value, prefix);
    case 'recipient':
      return (doc) => doc.recipients.some((recipient) => fieldMatches(recipient, value, prefix));
    case 'type':
      return (doc) => fieldMatches(doc.type, value, prefix) || fold(doc.kind) === value;
    default:
      return undefined;
  }
}

function passageFilter(clause: Extract<Clause, { kind: 'field' }>, codes: CodeProvider | undefined): PassageFilter | undefined {
  const matches = (candidate: string) => (clause.prefix ? fold(candidate).startsWith(clause.value) : fold(candidate) === clause.value);
  if (clause.field === 'ground') {
    return (shard, passage) => {
      const set = shard.passageGrounds[passage] as number;
      return set >= 0 && (shard.groundSets[set] as string[]).some(matches);
    };
  }
  if (clause.field === 'code') {
    return (shard, passage, documentId) => !!codes && codes(documentId, shard.passagePage[passage] as number, shard.passageStart[passage] as number, shard.passageEnd[passage] as number).some(matches);
  }
  return undefined;
}

/** Vocabulary indexes of the terms a clause stands for in one shard, with their weights. `near`: a fuzzy clause's terms in the whole corpus. */
function expand(clause: Clause, shard: ShardData, near?: Array<[string, number]>): Array<[number, number]> {
  const found = (term: string | null): Array<[number, number]> => {
    const index = term === null ? -1 : findTerm(shard, term);
    return index < 0 ? [] : [[index, 1]];
  };
  switch (clause.kind) {
    case 'term':
      return found(termOf(clause.word));
    case 'prefix': {
      const result: Array<[number, number]> = [];
      const vocabulary = shard.vocabulary;
      for (let i = lowerBound(vocabulary, clause.prefix); i < vocabulary.length && (vocabulary[i] as string).startsWith(clause.prefix); i += 1) result.push([i, 1]);
      // A prefix longer than its own stem ("signalen*" → signal) still finds that stem.
      const stem = termOf(clause.prefix);
      if (stem !== null && !stem.startsWith(clause.prefix)) result.push(...found(stem));
      return result;
    }
    case 'fuzzy':
      return (near as Array<[string, number]>).flatMap(([term, distance]) => {
        const index = findTerm(shard, term);
        return index < 0 ? [] : [[index, FUZZY_WEIGHT[distance] as number] as [number, number]];
      });
    case 'phrase':
      return [...new Set(clause.words.map(termOf))].flatMap(found);
    default:
      return [];
  }
}

function verifyFor(clause: Clause, exact: boolean): Verify {
  if (clause.kind === 'phrase') return { phrase: clause.words };
  if (clause.kind === 'term' && (clause.exact || exact)) return { surface: clause.word };
  if (clause.kind === 'prefix' && exact) return { surfacePrefix: clause.prefix };
  return null;
}

function verified(verify: Exclude<Verify, null>, text: string): boolean {
  if ('phrase' in verify) return containsPhrase(text, verify.phrase);
  const tokens = tokenize(text);
  if ('surface' in verify) return tokens.some((token) => token.surface === verify.surface);
  return tokens.some((token) => token.surface.startsWith(verify.surfacePrefix));
}

/** Posting position of `passage` in term `index`'s postings (sorted by passage), or -1. */
function postingOf(shard: ShardData, index: number, passage: number): number {
  let low = shard.offsets[index] as number;
  let high = shard.offsets[index + 1] as number;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = shard.postingPassage[mid] as number;
    if (at === passage) return mid;
    if (at < passage) low = mid + 1;
    else high = mid;
  }
  return -1;
}

export class SearchEngine {
  /** `lexicon`: the shards' merged vocabulary for fuzzy queries; a caller may keep one across engines over the same shards. */
  constructor(
    private readonly shards: readonly ShardData[],
    private readonly documents: ReadonlyMap<string, DocumentFacts>,
    private readonly codes?: CodeProvider,
    private readonly lexicon = new Lexicon(shards),
  ) {}

  get passageCount(): number {
    return this.shards.reduce((sum, shard) => sum + passageCount(shard), 0);
  }

  search(query: ParsedQuery, options: SearchOptions = {}): SearchResult {
    const exact = options.exact ?? false;
    const ignored: string[] = [];
    const textClauses: TextClause[] = [];
    const documentFilters: Array<{ filter: Filter; negate: boolean }> = [];
    const passageFilters: Array<{ filter: PassageFilter; negate: boolean }> = [];
    const highlight = { terms: new Set<string>(), surfaces: new Set<string>(), surfacePrefixes: [] as string[], phrases: [] as string[][] };

    for (const clause of query.clauses) {
      const negate = clause.presence === 'mustNot';
      if (clause.kind === 'field' || clause.kind === 'date') {
        const docFilter = documentFilter(clause);
        if (docFilter) documentFilters.push({ filter: docFilter, negate });
        const pageFilter = clause.kind === 'field' ? passageFilter(clause, this.codes) : undefined;
        if (pageFilter) passageFilters.push({ filter: pageFilter, negate });
        continue;
      }
      if ((clause.kind === 'term' && termOf(clause.word) === null) || (clause.kind === 'phrase' && clause.words.every((word) => termOf(word) === null))) {
        ignored.push(clause.kind === 'term' ? clause.word : clause.words.join(' '));
        continue;
      }
      if (textClauses.length >= MAX_TEXT_CLAUSES) return { ok: false, problem: { kind: 'tooLong', position: clause.start } };
      const near = clause.kind === 'fuzzy' ? this.lexicon.near(termOf(clause.word) ?? clause.word, clause.distance) : undefined;
      const expansions = this.shards.map((shard) => expand(clause, shard, near));
      textClauses.push({ presence: clause.presence, bit: 1 << textClauses.length, verify: verifyFor(clause, exact), conjunctive: clause.kind === 'phrase', requiredTerms: clause.kind === 'phrase' ? new Set(clause.words.map(termOf).filter((t) => t !== null)).size : 1, expansions });
      if (negate) continue;
      if (clause.kind === 'phrase') highlight.phrases.push(clause.words);
      else if (clause.kind === 'term' && (clause.exact || exact)) highlight.surfaces.add(clause.word);
      else if (clause.kind === 'prefix' && exact) highlight.surfacePrefixes.push(clause.prefix);
      else expansions.forEach((list, s) => list.forEach(([index]) => highlight.terms.add((this.shards[s] as ShardData).vocabulary[index] as string)));
    }
    const positive = textClauses.filter((clause) => clause.presence !== 'mustNot');
    if (positive.length === 0 && documentFilters.length + passageFilters.length === 0) {
      return { ok: false, problem: { kind: 'onlyStopWords', position: 0, value: ignored.join(' ') } };
    }

    const statistics = this.statistics(textClauses, options.statistics ?? 'corpus');
    const must = bits(textClauses, 'must');
    const mustNot = bits(textClauses, 'mustNot');
    const should = bits(textClauses, 'should');
    const verifying = textClauses.reduce((sum, clause) => (clause.verify ? sum | clause.bit : sum), 0);
    const counter = new FacetCounter(options.facets ?? {});
    const groups = new Map<string, DocumentGroup>();
    let total = 0;

    this.shards.forEach((shard, s) => {
      const n = passageCount(shard);
      const allowed = shard.documents.map((id) => {
        const doc = this.documents.get(id);
        return !!doc && documentFilters.every(({ filter, negate }) => filter(doc) !== negate);
      });
      if (!allowed.some(Boolean)) return;
      const scores = new Float64Array(n);
      const mask = new Uint32Array(n);
      const pending = new Map<number, Float64Array>();
      const stats = statistics(s);
      for (const clause of textClauses) this.accumulate(shard, clause, clause.expansions[s] as Array<[number, number]>, stats, scores, mask, pending);

      const keyed = new Map<number, { values: FacetValues; passes: boolean; count: number }>();
      for (let p = 0; p < n; p += 1) {
        let m = mask[p] as number;
        if (positive.length > 0 && (m & (must | should)) === 0) continue;
        if ((m & mustNot & ~verifying) !== 0 || (m & must) !== must) continue;
        const docIndex = shard.passageDocument[p] as number;
        if (!allowed[docIndex]) continue;
        const documentId = shard.documents[docIndex] as string;
        if (!passageFilters.every(({ filter, negate }) => filter(shard, p, documentId) !== negate)) continue;
        let score = scores[p] as number;
        if ((m & verifying) !== 0) {
          const text = shard.texts[p] as string;
          for (const clause of textClauses) {
            if (!clause.verify || (m & clause.bit) === 0) continue;
            if (verified(clause.verify, text)) score += pending.get(clause.bit)?.[p] ?? 0;
            else m &= ~clause.bit;
          }
          if ((m & mustNot) !== 0 || (m & must) !== must || (positive.length > 0 && (m & (must | should)) === 0)) continue;
        }
        const codes = this.codesOf(shard, p, documentId);
        // Passages of one document with the same grounds and text source, and no codes, have the same facet values.
        const facetKey = codes.length > 0 ? -1 : docIndex * 131_072 + ((shard.passageGrounds[p] as number) + 1) * 2 + (shard.passageSource[p] as number);
        let entry = facetKey >= 0 ? keyed.get(facetKey) : undefined;
        if (!entry) {
          const values = this.facetValues(shard, p, documentId, codes);
          entry = { values, passes: counter.passes(values), count: 0 };
          if (facetKey >= 0) keyed.set(facetKey, entry);
          else counter.add(values);
        }
        entry.count += 1;
        if (!entry.passes) continue;
        total += 1;
        let group = groups.get(documentId);
        if (!group) {
          group = { documentId, order: (this.documents.get(documentId) as DocumentFacts).order, score: -Infinity, hits: [] };
          groups.set(documentId, group);
        }
        group.hits.push({ shard, passage: p, score });
        if (score > group.score) group.score = score;
      }
      for (const entry of keyed.values()) counter.add(entry.values, entry.count);
    });

    const sorted = [...groups.values()].sort((a, b) => b.score - a.score || a.order - b.order);
    for (const group of sorted) group.hits.sort(compareHits);
    return { ok: true, groups: sorted, total, facets: counter.result(), highlight, ignored };
  }

  private codesOf(shard: ShardData, passage: number, documentId: string): readonly string[] {
    if (!this.codes) return NO_CODES;
    return this.codes(documentId, shard.passagePage[passage] as number, shard.passageStart[passage] as number, shard.passageEnd[passage] as number);
  }

  private facetValues(shard: ShardData, passage: number, documentId: string, codes: readonly string[]): FacetValues {
    const doc = this.documents.get(documentId) as DocumentFacts;
    const set = shard.passageGrounds[passage] as number;
    return {
      ...documentFacetValues(doc),
      ground: set >= 0 ? (shard.groundSets[set] as string[]) : [],
      source: [shard.passageSource[passage] === SOURCE_OCR ? 'ocr' : 'text'],
      code: codes,
    };
  }

  /** Per shard, the N, avgLen and df to score with: the corpus's (always, in Spoor) or the shard's own. */
  private statistics(clauses: readonly TextClause[], mode: 'corpus' | 'shard') {
    const corpusPassages = this.passageCount;
    const corpusLength = this.shards.reduce((sum, shard) => sum + shard.totalLength, 0);
    const corpusDf = new Map<string, number>();
    for (const clause of clauses) {
      clause.expansions.forEach((list, s) => {
        const shard = this.shards[s] as ShardData;
        for (const [index] of list) {
          const term = shard.vocabulary[index] as string;
          // Summed once per shard and term, however many clauses name it.
          const key = `${s}\u0000${term}`;
          if (corpusDf.has(key)) continue;
          corpusDf.set(key, 0);
          corpusDf.set(term, (corpusDf.get(term) ?? 0) + documentFrequency(shard, index));
        }
      });
    }
    return (s: number) => {
      const shard = this.shards[s] as ShardData;
      if (mode === 'shard') {
        const n = passageCount(shard);
        return { passages: n, averageLength: shard.totalLength / (n || 1), df: (index: number) => documentFrequency(shard, index) };
      }
      return {
        passages: corpusPassages,
        averageLength: corpusLength / (corpusPassages || 1),
        df: (index: number) => corpusDf.get(shard.vocabulary[index] as string) ?? 0,
      };
    };
  }

  private accumulate(
    shard: ShardData,
    clause: TextClause,
    expansions: Array<[number, number]>,
    stats: { passages: number; averageLength: number; df: (index: number) => number },
    scores: Float64Array,
    mask: Uint32Array,
    pending: Map<number, Float64Array>,
  ): void {
    const scoring = clause.presence !== 'mustNot';
    let target = scores;
    if (clause.verify && scoring) {
      target = new Float64Array(scores.length);
      pending.set(clause.bit, target);
    }
    const lengths = shard.passageLength;
    if (clause.conjunctive) {
      // Phrase: passages holding every term. Walk the rarest term's postings, look the others up.
      const terms = expansions.map(([index]) => index);
      if (terms.length === 0 || terms.length < clause.requiredTerms) return;
      const rarest = terms.reduce((a, b) => (documentFrequency(shard, a) <= documentFrequency(shard, b) ? a : b));
      for (let at = shard.offsets[rarest] as number; at < (shard.offsets[rarest + 1] as number); at += 1) {
        const p = shard.postingPassage[at] as number;
        let score = 0;
        let all = true;
        for (const index of terms) {
          const posting = postingOf(shard, index, p);
          if (posting < 0) {
            all = false;
            break;
          }
          if (scoring) score += termScore(shard.postingFrequency[posting] as number, lengths[p] as number, inverseDocumentFrequency(stats.df(index), stats.passages), stats.averageLength);
        }
        if (!all) continue;
        mask[p] = (mask[p] as number) | clause.bit;
        target[p] = (target[p] as number) + score;
      }
      return;
    }
    for (const [index, weight] of expansions) {
      const idf = scoring ? inverseDocumentFrequency(stats.df(index), stats.passages) * weight : 0;
      const end = shard.offsets[index + 1] as number;
      for (let at = shard.offsets[index] as number; at < end; at += 1) {
        const p = shard.postingPassage[at] as number;
        mask[p] = (mask[p] as number) | clause.bit;
        if (scoring) target[p] = (target[p] as number) + termScore(shard.postingFrequency[at] as number, lengths[p] as number, idf, stats.averageLength);
      }
    }
  }
}

function bits(clauses: readonly TextClause[], presence: Presence): number {
  return clauses.reduce((sum, clause) => (clause.presence === presence ? sum | clause.bit : sum), 0);
}

/** Best first; equal scores in reading order, so the ranking never depends on how the index is sharded. */
export function compareHits(a: Hit, b: Hit): number {
  return (
    b.score - a.score ||
    (a.shard.passagePage[a.passage] as number) - (b.shard.passagePage[b.passage] as number) ||
    (a.shard.passageStart[a.passage] as number) - (b.shard.passageStart[b.passage] as number)
  );
}
