/**
 * Reconciliation of a Woo release: which inventory rows have a document,
 * which do not, which documents have no row, and for every row the grounds
 * the inventory gives beside the grounds actually marked in the text.
 */
import { compareGroundCodes, OUTSIDE_REQUEST } from './grounds';
import { normaliseDocumentNumber, type InventoryRow } from './inventory';

export interface ReleaseDocument {
  documentId: string;
  title: string;
  /** The number the document carries: a bundle part's header, or the number its file name starts with. */
  number: string | null;
  /** File name of the original, for inventories that list documents by name. */
  fileName?: string;
  bundleId?: string;
  firstPage?: number;
  lastPage?: number;
  grounds: Record<string, number>;
}

export interface FoundRow {
  row: InventoryRow;
  documents: ReleaseDocument[];
  groundsInText: Record<string, number>;
  /** Listed in the inventory, not marked anywhere in the document's text. */
  onlyInInventory: string[];
  /** Marked in the text, not listed in the inventory (buiten-verzoek aside). */
  onlyInText: string[];
}

export interface Reconciliation {
  found: FoundRow[];
  missing: InventoryRow[];
  extra: ReleaseDocument[];
}

/** `Document 12`, `12`, `0012 - nota.pdf`, `12_mail`: the number a file name gives a document. */
export function numberFromName(name: string): string | null {
  const base = name.replace(/\.[a-z0-9]{2,5}$/i, '').trim();
  const match = /^(?:document\s*|doc\.?\s*|nr\.?\s*)?(\d{1,9}[a-z]?)(?:$|\s+-\s+|_|\s*\))/i.exec(base);
  return match?.[1] ?? null;
}

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/(\.[a-z0-9]{2,5})+$/i, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function reconcile(rows: readonly InventoryRow[], documents: readonly ReleaseDocument[]): Reconciliation {
  const byNumber = new Map<string, ReleaseDocument[]>();
  const byName = new Map<string, ReleaseDocument[]>();
  for (const document of documents) {
    if (document.number !== null) {
      const key = normaliseDocumentNumber(document.number);
      byNumber.set(key, [...(byNumber.get(key) ?? []), document]);
    }
    if (document.fileName) {
      const key = normaliseName(document.fileName);
      byName.set(key, [...(byName.get(key) ?? []), document]);
    }
  }
  const matched = new Set<string>();
  const found: FoundRow[] = [];
  const missing: InventoryRow[] = [];
  for (const row of rows) {
    const byId = byNumber.get(normaliseDocumentNumber(row.id)) ?? [];
    const named = row.document ? (byName.get(normaliseName(row.document)) ?? []) : [];
    const documentsOfRow = [...new Map([...byId, ...named].map((d) => [d.documentId, d])).values()];
    if (documentsOfRow.length === 0) {
      missing.push(row);
      continue;
    }
    documentsOfRow.forEach((d) => matched.add(d.documentId));
    const groundsInText: Record<string, number> = {};
    for (const d of documentsOfRow) for (const [code, n] of Object.entries(d.grounds)) groundsInText[code] = (groundsInText[code] ?? 0) + n;
    const listed = new Set(row.grounds);
    const marked = Object.keys(groundsInText);
    found.push({
      row,
      documents: documentsOfRow,
      groundsInText,
      onlyInInventory: row.grounds.filter((code) => !(code in groundsInText)),
      onlyInText: marked.filter((code) => !listed.has(code) && code !== OUTSIDE_REQUEST).sort(compareGroundCodes),
    });
  }
  const extra = documents.filter((d) => d.bundleId !== undefined && !matched.has(d.documentId));
  return { found, missing, extra };
}
