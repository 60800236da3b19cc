import type { Command } from 'commander';
import { printJson } from '../output';
import { writeLines } from '../terminal';
import { withCase } from '../session';

export function registerDocsCommand(program: Command): void {
  program
    .command('docs')
    .description('list the documents of a case')
    .argument('<case>', 'case folder (.spoor)')
    .option('--json', 'print the document records as a JSON array: [{id, sha256, title, kind, mediaType, size, pageCount, provenance}]')
    .action(async (casePath: string, options: { json?: boolean }) => {
      const records = await withCase(casePath, async (service) => service.listDocuments().map((doc) => service.getDocument(doc.id)), undefined, { readOnly: true });
      if (options.json) {
        printJson(records);
        return;
      }
      writeLines(records.map((doc) => `${doc.id}  ${String(doc.pageCount).padStart(5)} p.  ${doc.kind.padEnd(8)}  ${doc.title}`));
    });
}
