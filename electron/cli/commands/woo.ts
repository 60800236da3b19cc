import type { Command } from 'commander';
import type { WooReport } from '../../../shared/model/woo';
import { printJson } from '../output';
import { writeLines } from '../terminal';
import { withCase } from '../session';

const counts = (grounds: Readonly<Record<string, number>>) =>
  Object.entries(grounds)
    .map(([code, n]) => `${code}×${n}`)
    .join(' ') || '-';

function printText(report: WooReport): void {
  const out: string[] = [`Refusal grounds in the case: ${counts(report.totals)}`, ''];
  for (const release of report.releases) {
    const { rows, found, missing, extra } = release.counts;
    out.push(`Release ${release.title} (${release.sheet}): ${rows} rows, ${found} found, ${missing} missing, ${extra} extra`);
    for (const row of release.missing) out.push(`  missing  row ${row.row}  ${row.id}  ${row.judgement ?? row.judgementText ?? ''}  ${row.grounds.join(', ')}`);
    for (const document of release.extra) out.push(`  extra    ${document.number ?? '(cover)'}  ${document.documentId}  ${document.title}`);
    for (const match of release.found) {
      if (match.onlyInInventory.length === 0 && match.onlyInText.length === 0) continue;
      out.push(`  differs  ${match.row.id}  list: ${match.row.grounds.join(', ') || '-'}  text: ${counts(match.groundsInText)}`);
    }
    out.push('');
  }
  for (const inventory of report.inventories) {
    out.push(inventory.ok ? `Inventory ${inventory.title} (${inventory.sheet}): ${inventory.rowCount} rows, ${inventory.issues.length} issues` : `Inventory ${inventory.title} (${inventory.sheet}): unreadable, no column for ${(inventory.missingColumns ?? []).join(', ')}`);
    for (const issue of inventory.issues) out.push(`  row ${issue.row}${issue.column ? `, column ${issue.column}` : ''}: ${issue.code}${issue.value ? ` (${issue.value})` : ''}`);
  }
  for (const bundle of report.bundles) {
    out.push('', `Bundle ${bundle.title} (${bundle.documentId}): ${bundle.parts.length} parts`);
    for (const part of bundle.parts) {
      const mail = part.metadata?.sender ? `  ${part.metadata.date ?? ''}  ${part.metadata.sender} → ${(part.metadata.recipients ?? []).join('; ')}  ${part.metadata.subject ?? ''}` : '';
      out.push(`  ${(part.number ?? '(cover)').padEnd(8)} p. ${part.firstPage}-${part.lastPage}  ${counts(part.grounds)}${part.inventory ? `  row ${part.inventory.row}` : ''}${mail}`);
    }
  }
  if (report.documents.length > 0) out.push('', 'Grounds per document:');
  for (const document of report.documents) {
    out.push(`  ${document.id}  ${document.title}: ${counts(document.grounds)}`);
    for (const page of document.pages) out.push(`    p. ${page.page}: ${counts(page.grounds)}`);
  }
  writeLines(out);
}

export function registerWooCommand(program: Command): void {
  program
    .command('woo')
    .description('Woo report: refusal grounds per document and page, inventories, bundle parts and the reconciliation of each release')
    .argument('<case>', 'case folder (.spoor)')
    .option(
      '--json',
      'print JSON: {totals, documents: [{id, title, kind, grounds, pages: [{page, grounds}]}], inventories: [{documentId, sheet, ok, rowCount, missingColumns?, issues}], bundles: [{documentId, title, pageCount, parts: [{documentId, number, firstPage, lastPage, metadata?, grounds, inventory?}]}], releases: [{inventoryId, sheet, counts: {rows, found, missing, extra}, found, missing, extra}]}',
    )
    .action(async (casePath: string, options: { json?: boolean }) => {
      const report = await withCase(casePath, (service) => service.wooReport());
      if (options.json) printJson(report);
      else printText(report);
    });
}
