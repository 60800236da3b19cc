import type { DocumentRecord } from '../../../shared/model/document';
import { WooData, type StoredInventory, type WooBundle, type WooPart, type WooRelease, type WooReport } from '../../../shared/model/woo';
import { compareGroundCodes, sumGroundCounts } from '../../../shared/woo/grounds';
import { normaliseDocumentNumber, type InventoryRow } from '../../../shared/woo/inventory';
import { numberFromName, reconcile, type ReleaseDocument } from '../../../shared/woo/reconcile';
import type { z } from 'zod';
import type { CaseStore } from '../case/case-store';

export const WOO_FILE = 'woo.json';
const EMPTY: WooData = { version: 1, inventories: [] };

/**
 * The case's woo.json: inventories read at import. Writes are chained, so
 * two spreadsheets imported at once never overwrite each other's rows.
 */
export class WooStore {
  private chain: Promise<unknown> = Promise.resolve();

  read(store: CaseStore): Promise<WooData> {
    return store.readData(WOO_FILE, WooData, EMPTY);
  }

  addInventories(store: CaseStore, inventories: readonly StoredInventory[], fileName: string): Promise<void> {
    if (inventories.length === 0) return Promise.resolve();
    const next = this.chain.then(async () => {
      const current = await this.read(store);
      const ids = new Set(inventories.map((inventory) => `${inventory.documentId}/${inventory.sheet}`));
      const kept = current.inventories.filter((inventory) => !ids.has(`${inventory.documentId}/${inventory.sheet}`));
      await store.writeData(WOO_FILE, { version: 1, inventories: [...kept, ...inventories] } satisfies WooData, {
        type: 'woo.inventory',
        summary: `Inventory read from ${fileName} (${inventories.map((i) => i.sheet).join(', ')})`,
      });
    });
    this.chain = next.catch(() => undefined);
    return next;
  }
}

type Sorted = Record<string, number>;
const sortedCounts = (counts: Sorted): Sorted => Object.fromEntries(Object.entries(counts).sort(([a], [b]) => compareGroundCodes(a, b)));

function releaseDocument(record: DocumentRecord): ReleaseDocument {
  const link = record.parent?.relation === 'part' ? record.parent : undefined;
  const originalName = record.provenance[0]?.originalName;
  return {
    documentId: record.id,
    title: record.title,
    number: link ? link.number : numberFromName(originalName ?? record.title),
    ...(originalName ? { fileName: originalName } : {}),
    ...(link ? { bundleId: link.parentId, firstPage: link.firstPage, lastPage: link.lastPage } : {}),
    grounds: record.grounds ?? {},
  };
}

function documentRef(document: ReleaseDocument): z.infer<typeof WooRelease>['extra'][number] {
  const { fileName: _fileName, ...ref } = document;
  return ref;
}

/** Which inventory a bundle belongs to: the one whose ids match most of its parts. */
function assignBundles(inventories: ReadonlyArray<{ key: string; rows: InventoryRow[] }>, parts: readonly ReleaseDocument[]): Map<string, string> {
  const owner = new Map<string, string>();
  const bundles = new Set(parts.map((part) => part.bundleId!));
  for (const bundle of bundles) {
    const numbers = new Set(parts.filter((p) => p.bundleId === bundle && p.number !== null).map((p) => normaliseDocumentNumber(p.number!)));
    let best: { key: string; score: number } | undefined;
    for (const inventory of inventories) {
      const score = inventory.rows.filter((row) => numbers.has(normaliseDocumentNumber(row.id))).length;
      if (!best || score > best.score) best = { key: inventory.key, score };
    }
    if (best) owner.set(bundle, best.key);
  }
  return owner;
}

/** The Woo report of a case: grounds per document and page, inventories, bundles and their reconciliation. */
export async function buildWooReport(store: CaseStore, woo: WooData): Promise<WooReport> {
  const records = store.listDocuments();
  const byId = new Map(records.map((record) => [record.id, record]));
  const documents: WooReport['documents'] = [];
  for (const record of records) {
    if (!record.grounds || record.parent?.relation === 'part') continue;
    const text = await store.readText(record);
    const pages = text.pages.flatMap((page) => (page.grounds ? [{ page: page.page, grounds: sortedCounts(page.grounds) }] : []));
    documents.push({ id: record.id, title: record.title, kind: record.kind, ...(record.parent ? { parent: record.parent } : {}), grounds: sortedCounts(record.grounds), pages });
  }

  const okInventories = woo.inventories.flatMap((inventory) =>
    inventory.parse.ok && byId.has(inventory.documentId) ? [{ key: `${inventory.documentId}/${inventory.sheet}`, inventory, rows: inventory.parse.rows }] : [],
  );
  const inventorySheets = new Set(woo.inventories.map((inventory) => inventory.documentId));
  const parts = records.filter((record) => record.parent?.relation === 'part').map(releaseDocument);
  const bundleIds = new Set(parts.map((part) => part.bundleId!));
  const standalone = records
    .filter((record) => record.parent?.relation !== 'part' && !bundleIds.has(record.id) && !inventorySheets.has(record.id))
    .filter((record) => record.kind !== 'archive' && record.kind !== 'mailbox')
    .map(releaseDocument);
  const owner = assignBundles(okInventories, parts);

  const releases: WooRelease[] = okInventories.map(({ key, inventory, rows }) => {
    const candidates = [...parts.filter((part) => owner.get(part.bundleId!) === key), ...standalone];
    const result = reconcile(rows, candidates);
    return {
      inventoryId: inventory.documentId,
      title: byId.get(inventory.documentId)?.title ?? inventory.documentId,
      sheet: inventory.sheet,
      counts: { rows: rows.length, found: result.found.length, missing: result.missing.length, extra: result.extra.length },
      found: result.found.map((found) => ({ ...found, groundsInText: sortedCounts(found.groundsInText), documents: found.documents.map(documentRef) })),
      missing: result.missing,
      extra: result.extra.map(documentRef),
    };
  });

  const rowOfPart = new Map<string, WooPart['inventory']>();
  for (const release of releases) {
    for (const found of release.found) {
      for (const document of found.documents) {
        rowOfPart.set(document.documentId, { documentId: release.inventoryId, sheet: release.sheet, row: found.row.row, id: found.row.id, grounds: found.row.grounds, ...(found.row.judgement ? { judgement: found.row.judgement } : {}) });
      }
    }
  }
  const partsOf = new Map<string, DocumentRecord[]>();
  for (const record of records) {
    if (record.parent?.relation === 'part') partsOf.set(record.parent.parentId, [...(partsOf.get(record.parent.parentId) ?? []), record]);
  }
  const bundles: WooBundle[] = records
    .filter((record) => partsOf.has(record.id))
    .map((bundle) => ({
      documentId: bundle.id,
      title: bundle.title,
      pageCount: bundle.pageCount,
      parts: (partsOf.get(bundle.id) ?? []).flatMap((record) => {
        const link = record.parent;
        if (link?.relation !== 'part') return [];
        const inventory = rowOfPart.get(record.id);
        const part: WooPart = {
          documentId: record.id,
          title: record.title,
          number: link.number,
          firstPage: link.firstPage,
          lastPage: link.lastPage,
          grounds: sortedCounts(record.grounds ?? {}),
          ...(link.duplicateOf ? { duplicateOf: link.duplicateOf } : {}),
          ...(record.metadata ? { metadata: record.metadata } : {}),
          ...(inventory ? { inventory } : {}),
        };
        return [part];
      }),
    }));

  const inventories: WooReport['inventories'] = woo.inventories
    .filter((inventory) => byId.has(inventory.documentId))
    .map((inventory) => ({
      documentId: inventory.documentId,
      title: byId.get(inventory.documentId)?.title ?? inventory.documentId,
      sheet: inventory.sheet,
      ok: inventory.parse.ok,
      headerRow: inventory.parse.headerRow,
      rowCount: inventory.parse.ok ? inventory.parse.rows.length : 0,
      issues: inventory.parse.ok ? inventory.parse.issues : [],
      ...(inventory.parse.ok ? {} : { missingColumns: inventory.parse.missing }),
    }));

  const totals = sortedCounts(sumGroundCounts(records.filter((record) => record.parent?.relation !== 'part').map((record) => record.grounds)));
  return { totals, documents, inventories, bundles, releases };
}
