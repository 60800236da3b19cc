import { z } from 'zod';
import type { InventoryColumn, InventoryIssue, InventoryParse, InventoryRow } from '../woo/inventory';
import { JUDGEMENTS } from '../woo/inventory';
import { DocumentId, DocumentLink, DocumentMetadata, GroundCounts } from './document';

export const Judgement = z.enum(JUDGEMENTS);

export const InventoryRowSchema = z.strictObject({
  row: z.number().int().positive(),
  id: z.string(),
  document: z.string().optional(),
  date: z.string().optional(),
  judgement: Judgement.optional(),
  judgementText: z.string().optional(),
  grounds: z.array(z.string()),
  family: z.string().optional(),
  threadId: z.string().optional(),
  sourceType: z.string().optional(),
  caseNumber: z.string().optional(),
  remark: z.string().optional(),
  link: z.string().optional(),
  subject: z.string().optional(),
  sender: z.string().optional(),
  recipient: z.string().optional(),
}) satisfies z.ZodType<InventoryRow>;

export const InventoryIssueSchema = z.strictObject({
  code: z.enum(['emptyRow', 'missingId', 'duplicateId', 'missingDate', 'invalidDate', 'unknownJudgement', 'missingJudgement']),
  row: z.number().int().positive(),
  column: z.string().optional(),
  value: z.string().optional(),
}) satisfies z.ZodType<InventoryIssue>;

const InventoryColumnSchema = z.strictObject({
  field: z.string(),
  index: z.number().int().nonnegative(),
  header: z.string(),
  ground: z.string().optional(),
}) as z.ZodType<InventoryColumn>;

export const InventoryParseSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), headerRow: z.number().int(), columns: z.array(InventoryColumnSchema), rows: z.array(InventoryRowSchema), issues: z.array(InventoryIssueSchema) }),
  z.strictObject({ ok: z.literal(false), headerRow: z.number().int(), missing: z.array(z.string()), headers: z.array(z.string()) }),
]) as z.ZodType<InventoryParse>;

/** An inventory read from one sheet of a spreadsheet (or a CSV) in the case. */
export const StoredInventory = z.strictObject({
  documentId: DocumentId,
  sheet: z.string(),
  parse: InventoryParseSchema,
});
export type StoredInventory = z.infer<typeof StoredInventory>;

/** woo.json: what import learned about the case's Woo releases that documents.json does not hold. */
export const WooData = z.strictObject({
  version: z.literal(1),
  inventories: z.array(StoredInventory),
});
export type WooData = z.infer<typeof WooData>;

const PageGrounds = z.strictObject({ page: z.number().int().positive(), grounds: GroundCounts });

export const WooDocumentGrounds = z.strictObject({
  id: DocumentId,
  title: z.string(),
  kind: z.string(),
  parent: DocumentLink.optional(),
  grounds: GroundCounts,
  pages: z.array(PageGrounds),
});

const InventoryRef = z.strictObject({ documentId: DocumentId, sheet: z.string(), row: z.number().int(), id: z.string(), judgement: Judgement.optional(), grounds: z.array(z.string()) });

export const WooPart = z.strictObject({
  documentId: DocumentId,
  title: z.string(),
  number: z.string().nullable(),
  firstPage: z.number().int().positive(),
  lastPage: z.number().int().positive(),
  duplicateOf: z.string().optional(),
  metadata: DocumentMetadata.optional(),
  grounds: GroundCounts,
  inventory: InventoryRef.optional(),
});
export type WooPart = z.infer<typeof WooPart>;

export const WooBundle = z.strictObject({
  documentId: DocumentId,
  title: z.string(),
  pageCount: z.number().int(),
  parts: z.array(WooPart),
});
export type WooBundle = z.infer<typeof WooBundle>;

export const WooInventorySummary = z.strictObject({
  documentId: DocumentId,
  title: z.string(),
  sheet: z.string(),
  ok: z.boolean(),
  headerRow: z.number().int(),
  rowCount: z.number().int(),
  missingColumns: z.array(z.string()).optional(),
  issues: z.array(InventoryIssueSchema),
});

const ReleaseDocumentRef = z.strictObject({
  documentId: DocumentId,
  title: z.string(),
  number: z.string().nullable(),
  bundleId: DocumentId.optional(),
  firstPage: z.number().int().positive().optional(),
  lastPage: z.number().int().positive().optional(),
  grounds: GroundCounts,
});

export const WooRelease = z.strictObject({
  inventoryId: DocumentId,
  title: z.string(),
  sheet: z.string(),
  counts: z.strictObject({ rows: z.number().int(), found: z.number().int(), missing: z.number().int(), extra: z.number().int() }),
  found: z.array(
    z.strictObject({
      row: InventoryRowSchema,
      documents: z.array(ReleaseDocumentRef),
      groundsInText: GroundCounts,
      onlyInInventory: z.array(z.string()),
      onlyInText: z.array(z.string()),
    }),
  ),
  missing: z.array(InventoryRowSchema),
  extra: z.array(ReleaseDocumentRef),
});
export type WooRelease = z.infer<typeof WooRelease>;

/** Everything `woo:report` and `spoor woo --json` give: grounds per document and page, inventories, bundles, reconciliations. */
export const WooReport = z.strictObject({
  totals: GroundCounts,
  documents: z.array(WooDocumentGrounds),
  inventories: z.array(WooInventorySummary),
  bundles: z.array(WooBundle),
  releases: z.array(WooRelease),
});
export type WooReport = z.infer<typeof WooReport>;
