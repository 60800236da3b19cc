/**
 * Woo bundles: one PDF holding many documents, each opening with its number
 * (`Document 12`, `Documentnummer: 6a`, `ID 963539`, `Inventarisnummer 4
 * bijlage 1`). The number is looked for at the top and bottom of each page;
 * a part runs from the page where a number appears to the page before the
 * next different number.
 */
import { normaliseDocumentNumber } from './inventory';

export interface DocumentNumberHeader {
  number: string;
  /** `zie document 2`: the part is a duplicate of another document in the release. */
  duplicateOf?: string;
}

const NUMBER = String.raw`(\d{1,9}(?:[a-z](?![a-z])|[.-]\d{1,3})?(?:\s+bijlage\s+\d{1,3})?)`;
const HEADER_PATTERNS = [
  new RegExp(String.raw`^(?:document(?:nummer|nr\.?)?|doc\.?(?:\s*nr\.?)?|document\s+nr\.?)\s*[:.#]?\s*${NUMBER}\s*(?:$|[-–|(,]|\s)`, 'i'),
  new RegExp(String.raw`^(?:inventarisnummer|inv\.?\s*nr\.?|inventaris\s*nr\.?)\s*[:.#]?\s*${NUMBER}\s*(?:$|[-–|(,]|\s)`, 'i'),
  // `ID 963539`: upper-case ID and a number long enough not to be a paragraph number.
  new RegExp(String.raw`^ID\s*[:.#]?\s*(\d{3,9}[a-z]?)\s*(?:$|[-–|(,]|\s)`),
];
const DUPLICATE = /\b(?:dubbel|duplicaat|reeds\s+verstrekt)?[\s,;:-]*zie\s+(?:document|doc\.?)\s*(?:nr\.?\s*)?(\d{1,9}[a-z]?)\b/i;
const TOP_LINES = 4;
const BOTTOM_LINES = 3;

export function detectDocumentNumber(pageText: string): DocumentNumberHeader | undefined {
  const lines = pageText.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const candidates = [...lines.slice(0, TOP_LINES), ...lines.slice(Math.max(TOP_LINES, lines.length - BOTTOM_LINES))];
  for (const line of candidates) {
    for (const pattern of HEADER_PATTERNS) {
      const match = pattern.exec(line);
      if (!match?.[1]) continue;
      const header: DocumentNumberHeader = { number: match[1].replace(/\s+/g, ' ') };
      const duplicate = DUPLICATE.exec(pageText.slice(0, 400));
      if (duplicate?.[1] && normaliseDocumentNumber(duplicate[1]) !== normaliseDocumentNumber(header.number)) header.duplicateOf = duplicate[1];
      return header;
    }
  }
  return undefined;
}

export interface BundlePart {
  /** As printed (`12`, `6a`); null for pages before the first number (a cover sheet, an index). */
  number: string | null;
  firstPage: number;
  lastPage: number;
  duplicateOf?: string;
}

/** Fewer numbered documents than this and the PDF is one document that happens to mention a number. */
const MIN_PARTS = 2;

/**
 * Splits a bundle by the numbers found per page (index 0 is page 1).
 * Undefined when the PDF is not a bundle.
 */
export function splitBundle(headers: ReadonlyArray<DocumentNumberHeader | undefined>): BundlePart[] | undefined {
  const parts: BundlePart[] = [];
  let current: BundlePart | undefined;
  headers.forEach((header, index) => {
    const page = index + 1;
    const key = header ? normaliseDocumentNumber(header.number) : undefined;
    if (current && (key === undefined || (current.number !== null && key === normaliseDocumentNumber(current.number)))) {
      current.lastPage = page;
      return;
    }
    current = { number: header?.number ?? null, firstPage: page, lastPage: page };
    if (header?.duplicateOf) current.duplicateOf = header.duplicateOf;
    parts.push(current);
  });
  const numbered = new Set(parts.filter((part) => part.number !== null).map((part) => normaliseDocumentNumber(part.number!)));
  return numbered.size >= MIN_PARTS ? parts : undefined;
}
