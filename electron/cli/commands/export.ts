import fs from 'node:fs/promises';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { CodingArea } from '../../core/coding/coding-area';
import { exportQdc, exportQdpx } from '../../core/coding/refi';
import { exportBundle } from '../../core/coding/team';
import { writeFileAtomic } from '../../core/fs/atomic';
import { MemorySettings } from '../../core/settings';
import { printJson } from '../output';
import { withCase } from '../session';

const FORMATS = ['qdpx', 'qdc', 'coding'] as const;
type Format = (typeof FORMATS)[number];

function format(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${FORMATS.join(', ')}`);
  return value as Format;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('export the coding of a case: a REFI-QDA project (qdpx), its codebook (qdc), or a Spoor coding export to merge (coding)')
    .argument('<case>', 'case folder (.spoor)')
    .requiredOption('--format <format>', `qdpx | qdc | coding`, format)
    .option('--out <file>', 'where to write (default: <case>/exports/<name>-<date>.<ext>)')
    .option('--analyst <name>', 'your name, recorded in a coding export (default: $SPOOR_ANALYST)')
    .option('--json', 'print JSON: {format, path, sources?, segments?, skipped?}')
    .action(async (casePath: string, options: { format: Format; out?: string; analyst?: string; json?: boolean }) => {
      const result = await withCase(casePath, async (service) => {
        const settings = new MemorySettings();
        await settings.update({ analystName: options.analyst ?? process.env['SPOOR_ANALYST'] ?? '' });
        const area = new CodingArea(service, settings);
        const out = options.out ? path.resolve(options.out) : undefined;
        if (options.format === 'qdpx') return { format: options.format, ...(await exportQdpx(area, out)) };
        const file = options.format === 'qdc' ? await exportQdc(area) : await exportBundle(area);
        const target = out ?? path.join(service.requireStore().root, 'exports', file.fileName);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await writeFileAtomic(target, file.content);
        return { format: options.format, path: target };
      });
      if (options.json) {
        printJson(result);
        return;
      }
      const counts = 'segments' in result ? ` (${result.sources} sources, ${result.segments} coded segments${result.skipped ? `, ${result.skipped} unplaced passages skipped` : ''})` : '';
      process.stdout.write(`${result.path}${counts}\n`);
    });
}
