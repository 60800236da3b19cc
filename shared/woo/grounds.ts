/**
 * Refusal grounds (weigeringsgronden) of the Woo and the old Wob, as they are
 * written inline where text was redacted, in decision letters and in
 * inventory lists. Every spelling is normalised to one code:
 *
 *   Woo  5.1.1a–e, 5.1.2a–i, 5.1.4, 5.1.5, 5.2 and 5.2.1–5.2.4
 *   Wob  10.1a–d, 10.2a–g, 10.7a–b, 11.1
 *   plus `buiten-verzoek` for passages left out as outside the request.
 *
 * Codes that also read as section numbers or amounts (`5.2`, `11.1`) count
 * only with context: an article word or law name beside them, another ground
 * next to them, or a cell that is a list of grounds by definition.
 */

export const OUTSIDE_REQUEST = 'buiten-verzoek';

/** The letters each paragraph allows (Woo art. 5.1, Wob art. 10). */
const LETTERS: Record<string, string> = {
  '5.1.1': 'abcde',
  '5.1.2': 'abcdefghi',
  '10.1': 'abcd',
  '10.2': 'abcdefg',
  '10.7': 'ab',
};

/** Every code this module can produce, in the order the law lists them (for facets and legends). */
export const GROUND_CODES: readonly string[] = [
  ...[...LETTERS['5.1.1']!].map((l) => `5.1.1${l}`),
  ...[...LETTERS['5.1.2']!].map((l) => `5.1.2${l}`),
  '5.1.4',
  '5.1.5',
  '5.2',
  '5.2.1',
  '5.2.2',
  '5.2.3',
  '5.2.4',
  ...[...LETTERS['10.1']!].map((l) => `10.1${l}`),
  ...[...LETTERS['10.2']!].map((l) => `10.2${l}`),
  ...[...LETTERS['10.7']!].map((l) => `10.7${l}`),
  '11.1',
  OUTSIDE_REQUEST,
];

const CODE_ORDER = new Map(GROUND_CODES.map((code, index) => [code, index]));

export function isGroundCode(value: string): boolean {
  return CODE_ORDER.has(value);
}

/** Sorts codes in the order of the law (unknown codes last, alphabetically). */
export function compareGroundCodes(a: string, b: string): number {
  const ia = CODE_ORDER.get(a) ?? Number.MAX_SAFE_INTEGER;
  const ib = CODE_ORDER.get(b) ?? Number.MAX_SAFE_INTEGER;
  return ia - ib || a.localeCompare(b);
}

export function groundLaw(code: string): 'Woo' | 'Wob' | undefined {
  if (code.startsWith('5.')) return 'Woo';
  if (code.startsWith('10.') || code.startsWith('11.')) return 'Wob';
  return undefined;
}

export interface GroundMatch {
  code: string;
  /** Offsets of the whole marker in the text (a list such as `5.1.2 sub e en i` gives one match per code, sharing the span). */
  start: number;
  end: number;
}

const ORDINALS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7 };

// A number must not continue a longer number on either side (`15.1.2e`, `5.1.23`).
const NOT_AFTER_NUMBER = String.raw`(?<!\d)(?<!\d[.,])`;
const NOT_BEFORE_NUMBER = String.raw`(?![.,]?\d)`;
// One letter `e`, `(e)`, `sub e`, `onder e`, `aanhef en onder e`; never the start of a word (`5.1.2 en`).
const CLOSE = String.raw`(?:(?<=\([a-iA-I])\))?`;
const LETTER = String.raw`(?:aanhef\s+en\s+)?(?:(?:sub|onder)\s*)?\(?([a-iA-I])${CLOSE}(?![\p{L}\d])`;
const MORE_LETTERS = String.raw`((?:\s*(?:,|;|/|&|en|of)\s*(?:(?:sub|onder)\s*)?\(?[a-iA-I]${CLOSE}(?![\p{L}\d]))*)`;
const SEP = String.raw`\s*[.,]?\s*`;

/** `5.1.2e`, `5.1.2.e`, `5.1.2 sub e en i`, `10.2.e`, `art. 10.2e`. */
const LETTERED = new RegExp(String.raw`${NOT_AFTER_NUMBER}(5\.1\.[12]|10\.[127])${SEP}${LETTER}${MORE_LETTERS}`, 'gu');
/** `5.1.4`, `5.1.5`, `5.2.1`–`5.2.4`: unambiguous three-part numbers. */
const THREE_PART = new RegExp(String.raw`${NOT_AFTER_NUMBER}(5\.1\.[45]|5\.2\.[1-4])${NOT_BEFORE_NUMBER}`, 'gu');
/** `11.1` and a bare `5.2`: numbers that are grounds only with context. */
const AMBIGUOUS = new RegExp(String.raw`${NOT_AFTER_NUMBER}(11\.1|5\.2)${NOT_BEFORE_NUMBER}(?!\s*[.,]?\s*(?:sub|onder)\b)`, 'gu');
/**
 * The written-out form: `artikel 10, tweede lid, aanhef en onder e, van de Wob`,
 * `art. 5.1 lid 2 sub e Woo`, `artikel 11, eerste lid, Wob`, `artikel 5.1, vierde lid`.
 */
const VERBOSE = new RegExp(
  String.raw`\b(?:artikel|art\.?)\s*(5\.1|5\.2|10|11)${NOT_BEFORE_NUMBER}\s*,?\s*` +
    String.raw`(?:(eerste|tweede|derde|vierde|vijfde|zesde|zevende)\s+lid|lid\s*(\d)|(\d)(?:e|de)\s+lid)` +
    String.raw`(?:\s*,?\s*(?:aanhef\s+en\s+)?(?:sub|onder)\s*\(?([a-iA-I])${CLOSE}(?![\p{L}\d])${MORE_LETTERS})?` +
    String.raw`(?:\s*,?\s*(?:van\s+de\s+)?(?:Wob|Woo)\b)?`,
  'giu',
);
const OUTSIDE = /\bbuiten\s+(?:(?:de\s+)?reikwijdte(?:\s+van\s+het\s+verzoek)?|(?:het\s+)?verzoek|scope)\b/giu;

const CONTEXT_BEFORE = /(?:\bart(?:ikel)?\.?|\bwob|\bwoo|\bgrond(?:en)?|weigeringsgrond(?:en)?|beoordelingsgrond(?:en)?)\s*[:.]?\s*$/iu;
const CONTEXT_AFTER = /^\s*[,.]?\s*(?:van\s+de\s+)?(?:wob|woo)\b/iu;
/** What may stand between two grounds of one list: `5.1.2e, 11.1`, `10.2.e / 11.1`, `5.1.2i en 5.2`. */
const LIST_GAP = /^[\s,;/&|+]*(?:en|of)?[\s,;/&|+]*$/iu;

function lettersOf(first: string, more: string | undefined): string[] {
  const letters = [first.toLowerCase()];
  for (const match of (more ?? '').matchAll(/(?<!\p{L})([a-iA-I])(?![\p{L}\d])/gu)) letters.push(match[1]!.toLowerCase());
  return [...new Set(letters)];
}

function letteredCodes(paragraph: string, letters: string[]): string[] {
  const allowed = LETTERS[paragraph] ?? '';
  return letters.filter((letter) => allowed.includes(letter)).map((letter) => `${paragraph}${letter}`);
}

function verboseCodes(article: string, lid: number, letters: string[]): string[] {
  if (article === '5.1') {
    if (lid === 1 || lid === 2) return letteredCodes(`5.1.${lid}`, letters);
    return lid === 4 || lid === 5 ? [`5.1.${lid}`] : [];
  }
  if (article === '5.2') return lid >= 1 && lid <= 4 ? [`5.2.${lid}`] : [];
  if (article === '10') return lid === 1 || lid === 2 || lid === 7 ? letteredCodes(`10.${lid}`, letters) : [];
  if (article === '11') return lid === 1 ? ['11.1'] : [];
  return [];
}

interface Candidate {
  codes: string[];
  start: number;
  end: number;
  ambiguous: boolean;
}

function collect(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(VERBOSE)) {
    const lid = m[2] ? ORDINALS[m[2].toLowerCase()]! : Number(m[3] ?? m[4]);
    const letters = m[5] ? lettersOf(m[5], m[6]) : [];
    const codes = verboseCodes(m[1]!, lid, letters);
    if (codes.length > 0) found.push({ codes, start: m.index, end: m.index + m[0].length, ambiguous: false });
  }
  for (const m of text.matchAll(LETTERED)) {
    const codes = letteredCodes(m[1]!, lettersOf(m[2]!, m[3]));
    if (codes.length > 0) found.push({ codes, start: m.index, end: m.index + m[0].length, ambiguous: false });
  }
  for (const m of text.matchAll(THREE_PART)) found.push({ codes: [m[1]!], start: m.index, end: m.index + m[0].length, ambiguous: false });
  for (const m of text.matchAll(AMBIGUOUS)) found.push({ codes: [m[1]!], start: m.index, end: m.index + m[0].length, ambiguous: true });
  for (const m of text.matchAll(OUTSIDE)) found.push({ codes: [OUTSIDE_REQUEST], start: m.index, end: m.index + m[0].length, ambiguous: false });
  return found;
}

/** Keeps the first-starting, then longest, of overlapping candidates (the verbose form wins over a number inside it). */
function removeOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept[kept.length - 1];
    if (last && candidate.start < last.end) continue;
    kept.push(candidate);
  }
  return kept;
}

function hasContext(text: string, candidate: Candidate, neighbours: { before?: Candidate; after?: Candidate }): boolean {
  if (CONTEXT_BEFORE.test(text.slice(Math.max(0, candidate.start - 30), candidate.start))) return true;
  if (CONTEXT_AFTER.test(text.slice(candidate.end, candidate.end + 30))) return true;
  const { before, after } = neighbours;
  if (before && !before.ambiguous && LIST_GAP.test(text.slice(before.end, candidate.start))) return true;
  if (after && !after.ambiguous && LIST_GAP.test(text.slice(candidate.end, after.start))) return true;
  return false;
}

export interface DetectOptions {
  /**
   * The text is a list of grounds by definition (an inventory's grounds
   * cell), so `11.1` and `5.2` count without further context.
   */
  listOnly?: boolean;
}

/** Finds every refusal-ground marker in a text, in order. */
export function detectGrounds(text: string, options: DetectOptions = {}): GroundMatch[] {
  const candidates = removeOverlaps(collect(text));
  const matches: GroundMatch[] = [];
  candidates.forEach((candidate, index) => {
    if (candidate.ambiguous && !options.listOnly) {
      const neighbours = { before: candidates[index - 1], after: candidates[index + 1] };
      if (!hasContext(text, candidate, neighbours)) return;
    }
    for (const code of candidate.codes) matches.push({ code, start: candidate.start, end: candidate.end });
  });
  return matches;
}

/** How often each ground occurs in a text: `{ '5.1.2e': 3, '10.2g': 1 }`. */
export function countGrounds(text: string, options: DetectOptions = {}): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { code } of detectGrounds(text, options)) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** Adds counts together (pages into a document, documents into a release). */
export function sumGroundCounts(counts: ReadonlyArray<Readonly<Record<string, number>> | undefined>): Record<string, number> {
  const total: Record<string, number> = {};
  for (const count of counts) {
    if (!count) continue;
    for (const [code, n] of Object.entries(count)) total[code] = (total[code] ?? 0) + n;
  }
  return total;
}

/** The distinct codes of a grounds list such as `5.1.1c; 5.1.2e;`, in the order of the law. */
export function parseGroundList(text: string): string[] {
  return [...new Set(detectGrounds(text, { listOnly: true }).map((match) => match.code))].sort(compareGroundCodes);
}
