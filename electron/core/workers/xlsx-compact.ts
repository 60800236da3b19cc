/**
 * Spreadsheets as the inventory reader can take them. A sheet that was once
 * formatted down to row 1,048,576 keeps every one of those rows, empty, in its
 * XML; read-excel-file gathers rows with a copy of all rows so far per chunk
 * and parses chunks recursively, so a million empty rows took it 195 s and
 * then overflowed its stack. Empty rows and empty cells carry nothing, so
 * they are dropped before it reads the sheet; a sheet with more rows than
 * any inventory list is refused.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { SpoorError } from '../../../shared/errors';

/** More rows with something in them than any inventory list has. */
export const MAX_SHEET_ROWS = 200_000;
/** What the parts of a spreadsheet may unpack to, by their own account: the sheet is read whole in memory. */
export const MAX_SPREADSHEET_UNPACKED_BYTES = 512 * 1024 ** 2;

const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** A row or cell element with nothing in it, placed by its `r` attribute (so dropping it moves nothing else). */
const EMPTY_ROW = /<row\b(?=[^<>]*\br=")[^<>]*\/>/g;
const EMPTY_CELL = /<c\b(?=[^<>]*\br=")[^<>]*\/>/g;
const EMPTIED_ROW = /<row\b(?=[^<>]*\br=")[^<>]*>\s*<\/row>/g;

function tooBig(name: string, limit: string): SpoorError {
  return new SpoorError('import.limitExceeded', `${name} exceeds the limit of ${limit}`, { file: name, limit });
}

/** The spreadsheet with its sheets' empty rows and cells taken out (the bytes as given when there are none). */
export function compactSpreadsheet(bytes: Uint8Array, name: string): Uint8Array {
  let declared = 0;
  const parts: Unzipped = unzipSync(bytes, {
    filter: (file) => {
      declared += file.originalSize;
      if (declared > MAX_SPREADSHEET_UNPACKED_BYTES) throw tooBig(name, `${MAX_SPREADSHEET_UNPACKED_BYTES / 1024 ** 2} MiB unpacked`);
      return true;
    },
  });
  let changed = false;
  for (const [part, data] of Object.entries(parts)) {
    if (!SHEET.test(part)) continue;
    const xml = strFromU8(data);
    const compact = xml.replace(EMPTY_CELL, '').replace(EMPTY_ROW, '').replace(EMPTIED_ROW, '');
    const rows = compact.match(/<row\b/g)?.length ?? 0;
    if (rows > MAX_SHEET_ROWS) throw tooBig(name, `${MAX_SHEET_ROWS.toLocaleString('en')} rows in a sheet`);
    if (compact.length === xml.length) continue;
    parts[part] = strToU8(compact);
    changed = true;
  }
  // Stored, not deflated: the reader unpacks it again at once.
  return changed ? zipSync(parts, { level: 0 }) : bytes;
}
