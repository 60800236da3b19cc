import fs from 'node:fs/promises';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { parseCivilDay } from '../../../shared/chronology/fuzzy-date/civil';
import { formatFuzzyDate, spanAsText, spanOf } from '../../../shared/chronology/fuzzy-date';
import type { Language } from '../../../shared/model/settings';
import { extractDates, type DateMention } from '../../../shared/text/dates';
import { parseReferenceDate } from '../../../shared/text/dates/extract';
import { toIoError } from '../../core/fs/io-errors';
import { decodeText } from '../../core/import/text-file';
import { cliLanguage, printJson } from '../output';
import { withCase } from '../session';
import { writeText } from '../terminal';

/**
 * `spoor dates`: every date in a text file, stdin or a document of a case,
 * with its span, precision and normalised value. The JSON shape is
 * documented in the README and kept stable:
 *   {input, referenceDate, referenceDateFrom, dates: [{page, start, end, text,
 *    precision, source, value, earliest, latest, display: {nl, en}, notes}]}
 */

interface DatesOptions {
  json?: boolean;
  refDate?: string;
  case?: string;
  doc?: string;
}

type Input = { file: string } | { case: string; documentId: string; title: string };

interface PageText {
  /** null for a text file or stdin: offsets then count from the start of the whole text. */
  page: number | null;
  text: string;
}

function referenceDateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !parseCivilDay(value)) throw new InvalidArgumentError('must be a date written YYYY-MM-DD, such as 2020-06-15');
  return value;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readInputFile(file: string): Promise<PageText[]> {
  if (file === '-') return [{ page: null, text: decodeText(await readStdin(), 'stdin') }];
  const bytes = await fs.readFile(file).catch((error: unknown) => {
    throw toIoError(error, file);
  });
  return [{ page: null, text: decodeText(bytes, path.basename(file)) }];
}

/** The document's own date, when it has a usable one. */
function documentDate(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  try {
    return parseReferenceDate(date) ? date.slice(0, 10) : undefined;
  } catch {
    return undefined;
  }
}

function describeDate(mention: DateMention, page: number | null) {
  const span = mention.value ? spanAsText(spanOf(mention.value)) : { earliest: null, latest: null };
  const display = mention.value ? { nl: formatFuzzyDate(mention.value, 'nl'), en: formatFuzzyDate(mention.value, 'en') } : null;
  const { start, end, text, precision, source, value, notes } = mention;
  return { page, start, end, text, precision, source, value, earliest: span.earliest, latest: span.latest, display, notes };
}

type DescribedDate = ReturnType<typeof describeDate>;

function textLine(date: DescribedDate, language: Language): string {
  const where = `${date.page === null ? '' : `p.${date.page}  `}${date.start}-${date.end}`;
  const shown = date.display ? date.display[language] : language === 'nl' ? '(jaar onbekend)' : '(year unknown)';
  const extra = [date.source === 'written' ? '' : date.source, ...date.notes].filter(Boolean).join(', ');
  return `${where.padEnd(14)} ${date.precision.padEnd(18)} ${shown.padEnd(34)} ${JSON.stringify(date.text)}${extra ? `  [${extra}]` : ''}\n`;
}

export function registerDatesCommand(program: Command): void {
  program
    .command('dates')
    .description("print every date in a Dutch text with its span, precision and normalised value: a text file, stdin (-), or a case's document")
    .argument('[file]', 'a text file, or - for stdin (not with --case)')
    .option('--case <case>', 'case folder (.spoor), with --doc: read that document’s extracted text')
    .option('--doc <doc-id>', 'document id, or an unambiguous prefix of its SHA-256')
    .option('--ref-date <YYYY-MM-DD>', "reference date for years left out, jl., gisteren (default: a document's own date)", referenceDateOption)
    .option(
      '--json',
      'print JSON: {input, referenceDate, referenceDateFrom, dates: [{page, start, end, text, precision, source, value, earliest, latest, display: {nl, en}, notes}]}',
    )
    .action(async (file: string | undefined, options: DatesOptions, command: Command) => {
      const fromCase = options.case !== undefined || options.doc !== undefined;
      if (fromCase === (file !== undefined)) command.error('spoor dates: give a file (or -), or --case with --doc, not both', { exitCode: 2 });
      if (fromCase && (options.case === undefined || options.doc === undefined)) command.error('spoor dates: --case and --doc go together', { exitCode: 2 });

      let input: Input;
      let pages: PageText[];
      let ownDate: string | undefined;
      if (options.case !== undefined && options.doc !== undefined) {
        const casePath = path.resolve(options.case);
        const docId = options.doc;
        ({ input, pages, ownDate } = await withCase(casePath, async (service) => {
          const record = service.getDocument(service.resolveDocumentId(docId));
          const documentPages = await service.getAllPages(record.id);
          return {
            input: { case: casePath, documentId: record.id, title: record.title },
            pages: documentPages.map(({ page, text }) => ({ page, text })),
            ownDate: documentDate(record.metadata?.date),
          };
        }));
      } else {
        input = { file: file as string };
        pages = await readInputFile(file as string);
      }

      const referenceDate = options.refDate ?? ownDate ?? null;
      const referenceDateFrom = options.refDate ? 'option' : ownDate ? 'document' : null;
      const dates = pages.flatMap(({ page, text }) =>
        extractDates(text, referenceDate ? { referenceDate } : {}).map((mention) => describeDate(mention, page)),
      );
      if (options.json) {
        printJson({ input, referenceDate, referenceDateFrom, dates });
        return;
      }
      const language = cliLanguage();
      for (const date of dates) writeText(textLine(date, language));
      const reference = referenceDate ? `reference date ${referenceDate}${referenceDateFrom === 'document' ? ' (the document’s own date)' : ''}` : 'no reference date';
      process.stdout.write(`${dates.length} ${dates.length === 1 ? 'date' : 'dates'}, ${reference}\n`);
    });
}
