import { describe, expect, it } from 'vitest';
import { fold, termOf, termsOf } from '../../../shared/search/analyzer';
import { SearchEngine, type SearchOptions } from '../../../shared/search/engine';
import type { DocumentFacts } from '../../../shared/search/facets';
import { containsPhrase, highlightRanges, makeSnippet } from '../../../shared/search/highlight';
import { PASSAGE_MAX_WORDS, segmentPage } from '../../../shared/search/passages';
import { parseQuery } from '../../../shared/search/query';
import { buildShard, type PassageInput } from '../../../shared/search/shard';

function passage(documentId: string, page: number, text: string, extra: Partial<PassageInput> = {}): PassageInput {
  return { documentId, page, start: 0, end: text.length, text, ocr: false, grounds: [], ...extra };
}

function facts(ids: string[], extra: Record<string, Partial<DocumentFacts>> = {}): Map<string, DocumentFacts> {
  return new Map(ids.map((id, order) => [id, { id, order, title: id, kind: 'pdf', recipients: [], ...extra[id] }]));
}

function run(engine: SearchEngine, query: string, options: SearchOptions = {}) {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.problem.kind);
  const result = engine.search(parsed.query, options);
  if (!result.ok) throw new Error(result.problem.kind);
  return result;
}

const CORPUS = [
  passage('a', 1, 'De Belastingdienst ontving signalen van ouders over de kinderopvangtoeslag.'),
  passage('a', 2, 'Het signaal werd niet doorgegeven aan de minister. De Raad van State gaf advies.'),
  passage('b', 1, 'Weigeringsgrond 5.1.2e is toegepast op één document van de raad.', { grounds: ['5.1.2e'], ocr: true }),
  passage('b', 3, 'Van state tot raad: Jansen schreef aan Janssen over de toeslagen.', { grounds: ['5.1.2e', '5.2.1'] }),
  passage('c', 1, 'Een geïnformeerde minister besluit; de ministers besloten later anders.'),
];

describe('Dutch analysis', () => {
  it('stems Dutch word forms to one term and folds case and diacritics', () => {
    expect(termOf(fold('Belastingdienst'))).toBe(termOf('belastingdienst'));
    expect(termOf('signalen')).toBe(termOf('signaal'));
    expect(termOf('toeslagen')).toBe(termOf('toeslag'));
    expect(fold('één')).toBe('een');
    expect(termOf(fold('geïnformeerd'))).toBe(termOf('geinformeerd'));
    expect(termOf('een')).toBeNull();
    expect(termsOf('Grond 5.1.2e en kenmerk 2021-1906')).toEqual(['grond', '5.1.2e', 'kenmerk', '2021-1906']);
  });
});

describe('search engine', () => {
  const engine = new SearchEngine([buildShard('s', CORPUS)], facts(['a', 'b', 'c'], { c: { type: 'Nota', date: '2019-04-02', sender: 'DG Toeslagen' } }));

  it('finds every Dutch form of a word', () => {
    expect(run(engine, 'belastingdienst').groups.map((g) => g.documentId)).toEqual(['a']);
    expect(run(engine, 'signaal').total).toBe(2);
    expect(run(engine, 'Toeslag').groups.map((g) => g.documentId)).toEqual(['b']);
    expect(run(engine, 'geinformeerd').groups.map((g) => g.documentId)).toEqual(['c']);
  });

  it('verifies phrases against the text, not just the presence of their words', () => {
    expect(containsPhrase('De Raad van State gaf', ['raad', 'van', 'state'])).toBe(true);
    expect(containsPhrase('Van state tot raad', ['raad', 'van', 'state'])).toBe(false);
    const result = run(engine, '"raad van state"');
    expect(result.total).toBe(1);
    expect(result.groups[0]?.hits[0]?.passage).toBe(1);
    expect(run(engine, 'raad state').total).toBe(3);
  });

  it('applies +, - and exact forms', () => {
    expect(run(engine, '+signaal -minister').groups.map((g) => g.documentId)).toEqual(['a']);
    expect(run(engine, '+signaal -minister').total).toBe(1);
    expect(run(engine, 'jansen').total).toBe(1);
    expect(run(engine, 'jansen', { exact: true }).total).toBe(1);
    expect(run(engine, '"janssen"').total).toBe(1);
    expect(run(engine, 'minister', { exact: true }).total).toBe(2);
    expect(run(engine, 'ministers', { exact: true }).total).toBe(1);
  });

  it('expands prefixes and fuzzy words', () => {
    expect(run(engine, 'belast*').groups.map((g) => g.documentId)).toEqual(['a']);
    expect(run(engine, 'signalen*').total).toBe(2);
    // Swapping two neighbouring letters is one edit, as in lunr.
    expect(run(engine, 'belastingdeinst~1').total).toBe(1);
    expect(run(engine, 'belastingdnst~1').total).toBe(0);
    expect(run(engine, 'belastingdnst~2').total).toBe(1);
  });

  it('filters by fields and dates', () => {
    expect(run(engine, 'minister datum:2019').groups.map((g) => g.documentId)).toEqual(['c']);
    expect(run(engine, 'minister datum:2020..').total).toBe(0);
    expect(run(engine, 'grond:5.2.1').total).toBe(1);
    expect(run(engine, 'grond:5.1*').total).toBe(2);
    expect(run(engine, 'van -grond:5.1.2e afzender:toeslagen').groups.map((g) => g.documentId)).toEqual(['c']);
    expect(run(engine, 'soort:nota').groups.map((g) => g.documentId)).toEqual(['c']);
  });

  it('counts facets over the hits, each facet ignoring its own selection', () => {
    const all = run(engine, 'raad van de toeslag*');
    expect(all.facets.document).toEqual([{ value: 'b', count: 2 }, { value: 'a', count: 1 }]);
    expect(all.facets.ground).toEqual([{ value: '5.1.2e', count: 2 }, { value: '5.2.1', count: 1 }]);
    expect(all.facets.source).toEqual([{ value: 'text', count: 2 }, { value: 'ocr', count: 1 }]);
    const picked = run(engine, 'raad van de toeslag*', { facets: { source: ['ocr'] } });
    expect(picked.total).toBe(1);
    expect(picked.facets.source).toEqual(all.facets.source);
    expect(picked.facets.document).toEqual([{ value: 'b', count: 1 }]);
    expect(run(engine, 'minister', { facets: { year: ['2019'], type: ['nota'] } }).total).toBe(1);
  });

  it('feeds the code facet from a provider', () => {
    const coded = new SearchEngine([buildShard('s', CORPUS)], facts(['a', 'b', 'c']), (documentId, page) => (documentId === 'a' && page === 2 ? ['BO1'] : []));
    const result = run(coded, 'signaal');
    expect(result.facets.code).toEqual([{ value: 'BO1', count: 1 }]);
    expect(run(coded, 'signaal code:bo1').total).toBe(1);
  });

  it('explains a query of stop words only', () => {
    const parsed = parseQuery('de het een');
    if (!parsed.ok) throw new Error('parse');
    expect(engine.search(parsed.query)).toMatchObject({ ok: false, problem: { kind: 'onlyStopWords', value: 'de het een' } });
  });

  it('marks matched words and cuts snippets around them', () => {
    const text = 'Het signaal werd niet doorgegeven aan de minister. De Raad van State gaf advies.';
    const ranges = highlightRanges(text, { terms: new Set([termOf('signalen') as string]), surfaces: new Set(), surfacePrefixes: [], phrases: [['raad', 'van', 'state']] });
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['signaal', 'Raad van State']);
    const long = `${'woord '.repeat(100)}signaal ${'woord '.repeat(100)}`;
    const snippet = makeSnippet(long, [[600, 607]]);
    expect(snippet.text).toContain('signaal');
    expect(snippet.clippedStart && snippet.clippedEnd).toBe(true);
    expect(long.slice(snippet.offset + (snippet.highlights[0]?.[0] ?? 0), snippet.offset + (snippet.highlights[0]?.[1] ?? 0))).toBe('signaal');
  });
});

describe('sharded ranking', () => {
  // A word frequent in one batch but rare in the corpus: per-shard statistics would rank that batch too low.
  const documents = Array.from({ length: 60 }, (_, i) => `d${i}`);
  const passages = documents.map((id, i) =>
    passage(id, 1, `${i < 20 ? 'stikstof '.repeat(1 + (i % 3)) : ''}${i % 7 === 0 ? 'vergunning ' : ''}natuur rapport overleg ${'tekst '.repeat(i % 11)}${i >= 40 ? 'stikstof' : ''}`),
  );
  const single = new SearchEngine([buildShard('all', passages)], facts(documents));
  const shards = [passages.slice(0, 20), passages.slice(20, 40), passages.slice(40)].map((part, i) => buildShard(`s${i}`, part));
  const sharded = new SearchEngine(shards, facts(documents));
  const ranking = (result: ReturnType<typeof run>) => result.groups.map((group) => `${group.documentId}:${group.score.toFixed(9)}`);

  it('scores every passage exactly as one index would, with corpus-wide statistics', () => {
    for (const query of ['stikstof', 'stikstof vergunning', '+natuur -vergunning', 'stik*', 'stikstof~1']) {
      expect(ranking(run(sharded, query)), query).toEqual(ranking(run(single, query)));
    }
  });

  it('would rank differently with each shard scoring on its own statistics', () => {
    expect(ranking(run(sharded, 'stikstof', { statistics: 'shard' }))).not.toEqual(ranking(run(single, 'stikstof')));
  });
});

describe('passages', () => {
  it('keeps paragraphs, joins short ones and cuts long text near sentence ends', () => {
    const paragraph = (n: number) => `${'woord '.repeat(n - 1)}einde.`;
    const text = `${paragraph(60)}\n\n${paragraph(10)}\n\n${paragraph(70)}\n\n${Array.from({ length: 12 }, () => paragraph(30)).join(' ')}`;
    const passages = segmentPage(text);
    expect(passages.map((p) => p.words)).toEqual([70, 70, 120, 120, 120]);
    for (const p of passages) {
      expect(p.words).toBeLessThanOrEqual(PASSAGE_MAX_WORDS);
      expect(text.slice(p.start, p.end)).toMatch(/^woord.*einde\.$/s);
    }
  });

  it('gives a short page one passage and an empty page none', () => {
    expect(segmentPage('Korte pagina.')).toEqual([{ start: 0, end: 13, words: 2 }]);
    expect(segmentPage('  \n ')).toEqual([]);
  });
});
