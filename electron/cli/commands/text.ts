import { InvalidArgumentError, type Command } from 'commander';
import { printJson } from '../output';
import { writeText } from '../terminal';
import { withCase } from '../session';

function pageNumber(value: string): number {
  const page = Number(value);
  if (!Number.isInteger(page) || page < 1) throw new InvalidArgumentError('must be a page number (1, 2, …)');
  return page;
}

export function registerTextCommand(program: Command): void {
  program
    .command('text')
    .description('print the extracted text of a document (pages separated by form feeds)')
    .argument('<case>', 'case folder (.spoor)')
    .argument('<doc-id>', 'document id, or an unambiguous prefix of its SHA-256 (at least 4 characters)')
    .option('--page <n>', 'only this page (1-based)', pageNumber)
    .option('--json', 'print JSON: {documentId, pageCount, pages: [{page, text, source}]}')
    .action(async (casePath: string, docId: string, options: { page?: number; json?: boolean }) => {
      const result = await withCase(casePath, async (service) => {
        const id = service.resolveDocumentId(docId);
        if (options.page !== undefined) {
          const { pageCount, page } = await service.getPage(id, options.page);
          return { documentId: id, pageCount, pages: [page] };
        }
        const pages = await service.getAllPages(id);
        return { documentId: id, pageCount: pages.length, pages };
      }, undefined, { readOnly: true });
      if (options.json) {
        printJson({ ...result, pages: result.pages.map(({ page, text, source }) => ({ page, text, source })) });
        return;
      }
      writeText(`${result.pages.map((page) => page.text).join('\f\n')}\n`);
    });
}
