import fs from 'node:fs/promises';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { ChronologyArea } from '../../core/chronology/chronology-area';
import { exportChronology } from '../../core/chronology/export';
import { CodingArea } from '../../core/coding/coding-area';
import { exportQdc, exportQdpx } from '../../core/coding/refi';
import { exportBundle } from '../../core/coding/team';
import { writeFileAtomic } from '../../core/fs/atomic';
import { MemorySettings } from '../../core/settings';
import { printJson } from '../output';
import { writeText } from '../terminal';
import { withCase } from '../session';

const FORMATS = ['html', 'docx', 'csv', 'timelinejs', 'qdpx', 'qdc', 'coding'] as const;
type Format = (typeof FORMATS)[number];
const CHRONOLOGY_FORMATS = ['html', 'docx', 'csv', 'timelinejs'] as const;
type ChronologyFormat = (typeof CHRONOLOGY_FORMATS)[number];

function format(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${FORMATS.join(', ')}`);
  return value as Format;
}

function language(value: string): 'nl' | 'en' {
  if (value !== 'nl' && value !== 'en') throw new InvalidArgumentError('must be nl or en');
  return value;
}

function isChronologyFormat(value: Format): value is ChronologyFormat {
  return (CHRONOLOGY_FORMATS as readonly string[]).includes(value);
}

interface Options {
  format: Format;
  out?: string;
  analyst?: string;
  language: 'nl' | 'en';
  codes?: string;
  json?: boolean;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'export a case: the chronology report (html, printable to PDF; docx), its events and citations (csv), a TimelineJS timeline (timelinejs), or the coding: a REFI-QDA project (qdpx), its codebook (qdc), a Spoor coding export to merge (coding)',
    )
    .argument('<case>', 'case folder (.spoor)')
    .requiredOption('--format <format>', FORMATS.join(' | '), format)
    .option('--out <file>', 'where to write (default: <case>/exports/<name>-<date>.<ext>)')
    .option('--language <nl|en>', 'language of the report, csv and timeline', language, 'nl')
    .option('--codes <ids>', 'report: add a section with the coded passages of these codes (comma-separated, e.g. SV2,SV3)')
    .option('--analyst <name>', 'your name, recorded in a coding export and a report (default: $SPOOR_ANALYST)')
    .option('--json', 'print JSON: {format, path} and for qdpx {sources, segments, skipped}, for the chronology formats {events, citations, unsupported, unverified}')
    .action(async (casePath: string, options: Options) => {
      const result = await withCase(casePath, async (service) => {
        const settings = new MemorySettings();
        await settings.update({ analystName: options.analyst ?? process.env['SPOOR_ANALYST'] ?? '' });
        const area = new CodingArea(service, settings);
        const out = options.out ? path.resolve(options.out) : undefined;
        const exportsDir = path.join(service.requireStore().root, 'exports');
        if (options.format === 'qdpx') return { format: options.format, ...(await exportQdpx(area, out)) };
        if (isChronologyFormat(options.format)) {
          const codeSections = options.codes ? options.codes.split(',').map((id) => id.trim()).filter(Boolean) : [];
          const file = await exportChronology(new ChronologyArea(area), options.format, { language: options.language, ...(codeSections.length ? { codeSections } : {}) });
          const target = out ?? path.join(exportsDir, file.fileName);
          await fs.mkdir(path.dirname(target), { recursive: true });
          await writeFileAtomic(target, file.content);
          return { format: options.format, path: target, ...file.summary };
        }
        const file = options.format === 'qdc' ? await exportQdc(area) : await exportBundle(area);
        const target = out ?? path.join(exportsDir, file.fileName);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await writeFileAtomic(target, file.content);
        return { format: options.format, path: target };
      });
      if (options.json) {
        printJson(result);
        return;
      }
      let counts = '';
      if ('segments' in result) counts = ` (${result.sources} sources, ${result.segments} coded segments${result.skipped ? `, ${result.skipped} unplaced passages skipped` : ''})`;
      if ('events' in result) {
        counts = ` (${result.events} events, ${result.citations} citations${result.unsupported ? `, ${result.unsupported} unsupported` : ''}${result.unverified ? `, ${result.unverified} quotes no longer found in the current text` : ''})`;
      }
      writeText(`${result.path}${counts}\n`);
    });
}
