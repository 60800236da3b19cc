/**
 * Woo inventory lists (inventarislijsten) as released: spreadsheets or CSVs
 * whose column names vary (`ID`, `Nr.`, `01 Document`, `06 Datum (UTC)`,
 * `Beoordelingsgrond`, …), sometimes a tick matrix with one column per
 * ground. The reader maps columns by name, reads each row, and reports every
 * problem with its row and column instead of guessing silently.
 */
import { excelSerialDate, formatDate, parseDateText } from './dates';
import { compareGroundCodes, detectGrounds, parseGroundList } from './grounds';

export type TableCell = string | number | boolean | Date | null | undefined;

export const JUDGEMENTS = ['openbaar', 'deels openbaar', 'niet openbaar', 'reeds openbaar'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

export type InventoryField =
  | 'id'
  | 'document'
  | 'date'
  | 'judgement'
  | 'grounds'
  | 'family'
  | 'threadId'
  | 'sourceType'
  | 'caseNumber'
  | 'remark'
  | 'link'
  | 'subject'
  | 'sender'
  | 'recipient';

/** Column names seen in released inventories, after normalisation (lower case, leading numbering removed). */
const FIELD_NAMES: Record<InventoryField, readonly string[]> = {
  id: ['id', 'nr', 'nr.', 'nummer', 'volgnummer', 'documentnummer', 'documentnr', 'documentnr.', 'document nr', 'document nr.', 'document id', 'doc nr', 'doc. nr.', 'inventarisnummer', 'inv. nr.', 'inv nr'],
  document: ['document', 'documentnaam', 'document naam', 'titel', 'omschrijving', 'naam', 'name', 'bestandsnaam', 'beschrijving'],
  date: ['datum', 'date', 'documentdatum', 'datum document'],
  judgement: ['beoordeling', 'openbaarmaking', 'oordeel', 'besluit', 'mate van openbaarmaking', 'openbaar'],
  grounds: [
    'beoordelingsgrond', 'beoordelingsgronden', 'weigeringsgrond', 'weigeringsgronden', 'grond', 'gronden', 'grond(en)',
    'weigeringsgrond(en)', 'beoordelingsgrond(en)', 'uitzonderingsgrond', 'uitzonderingsgronden', 'code entries', 'tagmulti006',
  ],
  family: ['family', 'familie', 'family id'],
  threadId: ['thread id', 'email thread id', 'email thread'],
  sourceType: ['file type', 'filetype', 'soort', 'soort document', 'documentsoort', 'type'],
  caseNumber: ['zaaknr', 'zaaknr.', 'zaaknummer', 'zaak', 'casenr', 'case'],
  remark: ['opmerking', 'opmerkingen', 'toelichting'],
  link: ['publieke link', 'publiekelink', 'publicatielink', 'publicatie link', 'vindplaats', 'link'],
  subject: ['onderwerp'],
  sender: ['afzender', 'van'],
  recipient: ['ontvanger', 'ontvangers', 'aan', 'geadresseerde'],
};

/** Without these an inventory cannot be reconciled with the documents. */
export const REQUIRED_FIELDS: readonly InventoryField[] = ['id', 'judgement'];

export interface InventoryRow {
  /** Row number as the spreadsheet shows it (1-based, header included). */
  row: number;
  id: string;
  document?: string;
  date?: string;
  judgement?: Judgement;
  /** The judgement cell as written, when it is not one of the four judgements. */
  judgementText?: string;
  grounds: string[];
  family?: string;
  threadId?: string;
  sourceType?: string;
  caseNumber?: string;
  remark?: string;
  link?: string;
  subject?: string;
  sender?: string;
  recipient?: string;
}

export type InventoryIssueCode = 'emptyRow' | 'missingId' | 'duplicateId' | 'missingDate' | 'invalidDate' | 'unknownJudgement' | 'missingJudgement';

export interface InventoryIssue {
  code: InventoryIssueCode;
  row: number;
  /** `F (06 Datum)`: the column letter and its header. */
  column?: string;
  value?: string;
}

export interface InventoryColumn {
  field: InventoryField | 'groundTick';
  index: number;
  header: string;
  /** For tick-matrix columns: the ground the column stands for. */
  ground?: string;
}

export type InventoryParse =
  | { ok: true; headerRow: number; columns: InventoryColumn[]; rows: InventoryRow[]; issues: InventoryIssue[] }
  | { ok: false; headerRow: number; missing: InventoryField[]; headers: string[] };

/** `A`, `B`, …, `Z`, `AA`: how a spreadsheet names column `index` (0-based). */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\d\s._-]+(?=\p{L})/u, '')
    .trim();
}

function fieldFor(header: string): InventoryField | undefined {
  const name = normaliseHeader(header);
  if (name === '') return undefined;
  const withoutNote = name.replace(/\s*\([^)]*\)\s*$/, '');
  for (const candidate of [name, withoutNote]) {
    for (const [field, names] of Object.entries(FIELD_NAMES) as Array<[InventoryField, readonly string[]]>) {
      if (names.includes(candidate)) return field;
    }
  }
  return undefined;
}

/** A header that is itself one ground (`5.1.2e`, `10.2.g`): a tick-matrix column. */
function tickGround(header: string): string | undefined {
  const text = header.trim();
  if (text.length === 0 || text.length > 40) return undefined;
  const matches = detectGrounds(text, { listOnly: true });
  const first = matches[0];
  return matches.length === 1 && first && first.end - first.start >= text.replace(/^(?:art(?:ikel)?\.?\s*)/i, '').length - 4 ? first.code : undefined;
}

export function cellText(cell: TableCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return formatDate(cell) ?? '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell);
  return String(cell).trim();
}

/** Maps a header row to fields; the first column that matches a field wins. */
export function mapColumns(headers: readonly TableCell[]): InventoryColumn[] {
  const columns: InventoryColumn[] = [];
  const taken = new Set<InventoryField>();
  headers.forEach((cell, index) => {
    const header = cellText(cell);
    const field = fieldFor(header);
    if (field && !taken.has(field)) {
      taken.add(field);
      columns.push({ field, index, header });
      return;
    }
    const ground = field ? undefined : tickGround(header);
    if (ground) columns.push({ field: 'groundTick', index, header, ground });
  });
  return columns;
}

const HEADER_SEARCH_ROWS = 15;

/** The header is the row among the first few that names the most known columns. */
function findHeaderRow(rows: readonly (readonly TableCell[])[]): number {
  let best = 0;
  let bestScore = -1;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const score = mapColumns(row).length;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

export function normaliseJudgement(text: string): Judgement | undefined {
  const value = text.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
  if (value === '') return undefined;
  if (/^(reeds|al) (openbaar|gepubliceerd)/.test(value)) return 'reeds openbaar';
  if (/^(deels|gedeeltelijk) (openbaar|openbaarmaken|openbaar gemaakt)/.test(value)) return 'deels openbaar';
  if (/^(niet openbaar|weigeren|geweigerd|niet openbaarmaken)/.test(value)) return 'niet openbaar';
  if (/^(openbaar|openbaarmaken|volledig openbaar|openbaar gemaakt)$/.test(value)) return 'openbaar';
  return undefined;
}

const TICKED = /^(x|v|✓|✔|ja|yes|j|y|1|true|waar)$/i;

function isTicked(cell: TableCell): boolean {
  if (cell === true) return true;
  if (typeof cell === 'number') return cell === 1;
  return typeof cell === 'string' && TICKED.test(cell.trim());
}

function dateOf(cell: TableCell): string | undefined {
  if (cell instanceof Date) return formatDate(cell);
  if (typeof cell === 'number') return excelSerialDate(cell);
  return typeof cell === 'string' ? parseDateText(cell) : undefined;
}

/** `12`, `0012`, `12.0` and ` 12 ` are the same number; `6a` and `6 A` the same sub-number. */
export function normaliseDocumentNumber(value: string): string {
  const compact = value.toLowerCase().replace(/[\s.]+/g, (gap, offset: number, whole: string) => (/\d/.test(whole[offset - 1] ?? '') && /\d/.test(whole[offset + gap.length] ?? '') ? '.' : ''));
  return compact.replace(/^0+(?=\d)/, '').replace(/\.0+$/, '');
}

const OPTIONAL_TEXT_FIELDS = ['document', 'family', 'threadId', 'sourceType', 'caseNumber', 'remark', 'link', 'subject', 'sender', 'recipient'] as const;

/** Reads an inventory table (rows of cells, as read from a sheet or CSV). */
export function parseInventory(table: readonly (readonly TableCell[])[]): InventoryParse {
  const headerIndex = findHeaderRow(table);
  const headerCells = table[headerIndex] ?? [];
  const columns = mapColumns(headerCells);
  const byField = new Map(columns.filter((c) => c.field !== 'groundTick').map((c) => [c.field as InventoryField, c]));
  const missing = REQUIRED_FIELDS.filter((field) => !byField.has(field));
  if (missing.length > 0) return { ok: false, headerRow: headerIndex + 1, missing, headers: headerCells.map(cellText).filter((h) => h !== '') };

  const label = (column: InventoryColumn) => `${columnLetter(column.index)} (${column.header})`;
  const rows: InventoryRow[] = [];
  const issues: InventoryIssue[] = [];
  const seen = new Map<string, number>();
  const ticks = columns.filter((c) => c.field === 'groundTick');
  for (let index = headerIndex + 1; index < table.length; index += 1) {
    const cells = table[index] ?? [];
    const rowNumber = index + 1;
    if (cells.every((cell) => cellText(cell) === '')) {
      // Trailing empty rows are just the end of the sheet; an empty row between data rows is worth saying.
      if (table.slice(index + 1).some((row) => row.some((cell) => cellText(cell) !== ''))) issues.push({ code: 'emptyRow', row: rowNumber });
      continue;
    }
    const at = (field: InventoryField) => {
      const column = byField.get(field);
      return column ? cells[column.index] : undefined;
    };
    const idColumn = byField.get('id')!;
    const id = cellText(at('id'));
    if (id === '') {
      issues.push({ code: 'missingId', row: rowNumber, column: label(idColumn) });
      continue;
    }
    const row: InventoryRow = { row: rowNumber, id, grounds: [] };
    const key = normaliseDocumentNumber(id);
    const earlier = seen.get(key);
    if (earlier !== undefined) issues.push({ code: 'duplicateId', row: rowNumber, column: label(idColumn), value: `${id} (${earlier})` });
    else seen.set(key, rowNumber);

    const judgementColumn = byField.get('judgement')!;
    const judgementText = cellText(at('judgement'));
    const judgement = normaliseJudgement(judgementText);
    if (judgement) row.judgement = judgement;
    else if (judgementText === '') issues.push({ code: 'missingJudgement', row: rowNumber, column: label(judgementColumn) });
    else {
      row.judgementText = judgementText;
      issues.push({ code: 'unknownJudgement', row: rowNumber, column: label(judgementColumn), value: judgementText });
    }

    const dateColumn = byField.get('date');
    if (dateColumn) {
      const raw = cells[dateColumn.index];
      const date = dateOf(raw);
      if (date) row.date = date;
      else if (cellText(raw) === '') issues.push({ code: 'missingDate', row: rowNumber, column: label(dateColumn) });
      else issues.push({ code: 'invalidDate', row: rowNumber, column: label(dateColumn), value: cellText(raw) });
    }

    const grounds = new Set(parseGroundList(cellText(at('grounds'))));
    for (const tick of ticks) if (isTicked(cells[tick.index]) && tick.ground) grounds.add(tick.ground);
    row.grounds = [...grounds].sort(compareGroundCodes);

    for (const field of OPTIONAL_TEXT_FIELDS) {
      const value = cellText(at(field));
      if (value !== '') row[field] = value;
    }
    rows.push(row);
  }
  return { ok: true, headerRow: headerIndex + 1, columns, rows, issues };
}

/** Does a table look like an inventory at all (so a failed parse is worth reporting)? */
export function looksLikeInventory(table: readonly (readonly TableCell[])[]): boolean {
  const headerCells = table[findHeaderRow(table)] ?? [];
  const fields = new Set(mapColumns(headerCells).map((column) => column.field));
  const woo = ['judgement', 'grounds', 'groundTick'].filter((field) => fields.has(field as InventoryField)).length;
  return woo >= 1 && fields.size >= 3;
}
