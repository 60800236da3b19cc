import fs from 'node:fs/promises';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { FacetSelection, SearchPage } from '../../../shared/model/search';
import { batchCsv, termsFromText } from '../../../shared/search/batch';
import { FACET_NAMES, type FacetName } from '../../../shared/search/facets';
import { CodingArea } from '../../core/coding/coding-area';
import { codingCodeSource } from '../../core/search/coded-stretches';
import { SearchArea } from '../../core/search/search-area';
import { CaseService } from '../../core/service/case-service';
import { MemorySettings } from '../../core/settings';
import { cliLanguage, printJson } from '../output';
import { writeLines, writeText } from '../terminal';

/** Opens a case with search (and coding, for the code facet) attached, waits until every document is indexed, runs `work`, and closes. */
async function withSearch<T>(casePath: string, work: (search: SearchArea) => Promise<T>): Promise<T> {
  const service = new CaseService({ casesDir: path.dirname(path.resolve(casePath)) });
  const search = new SearchArea(service, () => cliLanguage());
  search.setCodeSource(codingCodeSource(new CodingArea(service, new MemorySettings())));
  try {
    await service.openCase(casePath);
    if (process.stderr.isTTY && search.status().state !== 'ready') process.stderr.write('indexing…\r');
    await search.ready();
    if (process.stderr.isTTY) process.stderr.write('\x1b[K');
    return await work(search);
  } finally {
    await service.dispose();
  }
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number ≥ 1');
  return n;
}

function facetFilter(value: string, previous: FacetSelection = {}): FacetSelection {
  const match = /^([a-z]+)=(.*)$/.exec(value);
  if (!match || !(FACET_NAMES as readonly string[]).includes(match[1] as string)) {
    throw new InvalidArgumentError(`use <facet>=<value>, facet one of ${FACET_NAMES.join(', ')}`);
  }
  const name = match[1] as FacetName;
  return { ...previous, [name]: [...(previous[name] ?? []), match[2] as string] };
}

/** Marks highlighted words as «word» in plain text output. */
function marked(text: string, highlights: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    out += `${text.slice(at, start)}«${text.slice(start, end)}»`;
    at = end;
  }
  return (out + text.slice(at)).replace(/\s+/g, ' ').trim();
}

function printPage(result: SearchPage, showFacets: boolean): void {
  const out: string[] = [`${result.total} passages in ${result.documentCount} documents (${result.tookMs} ms)`];
  if (result.ignored.length > 0) out.push(`not searched (stop words): ${result.ignored.join(', ')}`);
  result.groups.forEach((group, i) => {
    out.push('', `${result.page * result.pageSize + i + 1}. ${group.title}  [${group.documentId}]  ${group.hitCount} passages`);
    for (const passage of group.passages) {
      const { snippet } = passage;
      out.push(`   p. ${passage.page}: ${snippet.clippedStart ? '…' : ''}${marked(snippet.text, snippet.highlights)}${snippet.clippedEnd ? '…' : ''}`);
    }
  });
  if (showFacets) {
    for (const name of FACET_NAMES) {
      const counts = result.facets[name] ?? [];
      if (counts.length === 0) continue;
      out.push('', `${name}:`, ...counts.map(({ value, count }) => `  ${String(count).padStart(7)}  ${value === '' ? '(unknown)' : value}`));
    }
  }
  writeLines(out);
}

export function registerSearchCommands(program: Command): void {
  program
    .command('search')
    .description('search a case (the same engine and query syntax as the app; indexes what is not indexed yet)')
    .argument('<case>', 'case folder (.spoor)')
    .argument('<query>', 'query, e.g. \'+toeslagen "raad van state" belast* datum:2019\'')
    .option('--exact', 'match words in their exact form (names), not every Dutch form')
    .option('--filter <facet=value>', `only hits with this facet value (repeatable; facets: ${FACET_NAMES.join(', ')})`, facetFilter)
    .option('--page <n>', 'page of results (documents, best first)', positiveInt, 1)
    .option('--page-size <n>', 'documents per page', positiveInt, 20)
    .option('--passages <n>', 'passages shown per document', positiveInt, 3)
    .option('--facets', 'also print facet counts (in JSON: the "facets" field)')
    .option('--json', 'print JSON: {total, documentCount, page, pageSize, groups: [{documentId, title, kind, score, hitCount, passages: [{page, start, end, score, snippet: {text, pageOffset, highlights, clippedStart, clippedEnd}}]}], ignored, index, tookMs, facets?}')
    .action(async (casePath: string, query: string, options: { exact?: boolean; filter?: FacetSelection; page: number; pageSize: number; passages: number; facets?: boolean; json?: boolean }) => {
      const result = await withSearch(casePath, (search) =>
        search.query({ query, exact: options.exact ?? false, facets: options.filter ?? {}, page: options.page - 1, pageSize: options.pageSize, passagesPerDocument: options.passages }),
      );
      if (options.json) {
        const { facets, ...rest } = result;
        printJson(options.facets ? { ...rest, page: rest.page + 1, facets } : { ...rest, page: rest.page + 1 });
      } else printPage(result, options.facets ?? false);
    });

  program
    .command('batch-search')
    .description('count the hits of every line of a file (names, organisations, file numbers) per document')
    .argument('<case>', 'case folder (.spoor)')
    .argument('<terms-file>', 'text file, one term per line (UTF-8)')
    .option('--syntax', 'read each line as a query in the query syntax (default: the words of a line together, in order)')
    .option('--exact', 'match words in their exact form')
    .option('--csv', 'print CSV: term,total_hits,document_id,document_title,document_hits,problem (one row per term and document)')
    .option('--json', 'print JSON: [{term, hits, documents: [{documentId, title, hits}], problem?}]')
    .action(async (casePath: string, termsFile: string, options: { syntax?: boolean; exact?: boolean; csv?: boolean; json?: boolean }) => {
      const terms = termsFromText(await fs.readFile(termsFile, 'utf8'));
      const rows = await withSearch(casePath, (search) => search.batch(terms, { syntax: options.syntax ?? false, exact: options.exact ?? false }));
      if (options.json) printJson(rows);
      else if (options.csv) writeText(batchCsv(rows));
      else {
        const width = Math.min(40, Math.max(4, ...rows.map((row) => row.term.length)));
        for (const row of rows) {
          const detail = row.problem ?? row.documents.map((doc) => `${doc.documentId}:${doc.hits}`).join(' ');
          writeText(`${row.term.padEnd(width)}  ${String(row.hits).padStart(6)}  ${String(row.documents.length).padStart(4)} docs  ${detail}\n`);
        }
      }
    });
}
