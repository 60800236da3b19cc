/**
 * Printed e-mails, as Woo bundles are full of: a block of `Van:`,
 * `Verzonden:`, `Aan:`, `CC:`, `Onderwerp:` lines (or Outlook's English
 * `From:`, `Sent:`, `To:`, `Subject:`) above the body. Redacted values are
 * kept as written (`5.1.2e`, `[geredigeerd]`): the analyst sees that a name
 * was withheld and on what ground.
 */
import { parseDateText } from './dates';

type Field = 'from' | 'sent' | 'to' | 'cc' | 'bcc' | 'subject' | 'attachments' | 'other';

const KEYS: Record<string, Field> = {
  van: 'from',
  from: 'from',
  afzender: 'from',
  verzonden: 'sent',
  'verzonden op': 'sent',
  sent: 'sent',
  datum: 'sent',
  date: 'sent',
  aan: 'to',
  to: 'to',
  cc: 'cc',
  bcc: 'bcc',
  onderwerp: 'subject',
  subject: 'subject',
  bijlage: 'attachments',
  bijlagen: 'attachments',
  attachments: 'attachments',
  attachment: 'attachments',
  prioriteit: 'other',
  urgentie: 'other',
  importance: 'other',
  priority: 'other',
};

const HEADER_LINE = /^\s*([A-Za-z][A-Za-z ]{0,14}?)\s*:\s*(.*)$/;

export interface PrintedEmail {
  /** Offsets of the header block in the text. */
  start: number;
  end: number;
  sender?: string;
  /** The sent line as printed, and as a date when it could be read. */
  sentText?: string;
  date?: string;
  recipients: string[];
  cc: string[];
  bcc: string[];
  subject?: string;
  attachments: string[];
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

function keyOf(line: string): { field: Field; value: string } | undefined {
  const match = HEADER_LINE.exec(line);
  if (!match) return undefined;
  const field = KEYS[match[1]!.trim().toLowerCase()];
  return field ? { field, value: match[2]!.trim() } : undefined;
}

/** Outlook separates addresses with `;`; a list with only commas is split where each piece is an address. */
export function splitAddresses(value: string): string[] {
  const trimmed = value.trim();
  if (trimmed === '') return [];
  if (trimmed.includes(';')) return trimmed.split(';').map((item) => item.trim()).filter((item) => item !== '');
  const pieces = trimmed.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return pieces.length > 1 && pieces.every((piece) => piece.includes('@')) ? pieces : [trimmed];
}

const LIST_FIELDS = new Set<Field>(['to', 'cc', 'bcc', 'attachments']);

/** A wrapped address list continues on the next line while the last value ends in a separator or the line is an address. */
function continues(field: Field, previous: string, line: string): boolean {
  if (!LIST_FIELDS.has(field) || line.trim() === '') return false;
  return /[;,]\s*$/.test(previous) || /^[^:]*@/.test(line) || /^\s*[^:]{1,80};/.test(line);
}

/** Every printed e-mail header block in a text, in order (a forwarded thread has several). */
export function parsePrintedEmails(text: string): PrintedEmail[] {
  const lines = linesOf(text);
  const blocks: PrintedEmail[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = keyOf(lines[i]!.text);
    if (first?.field !== 'from') {
      i += 1;
      continue;
    }
    const values: Partial<Record<Field, string>> = {};
    let field: Field = 'from';
    let value = first.value;
    let last = i;
    const commit = () => {
      if (values[field] === undefined) values[field] = value;
    };
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const line = lines[j]!.text;
      const key = keyOf(line);
      if (key) {
        if (key.field === 'from') break;
        commit();
        field = key.field;
        value = key.value;
        last = j;
        continue;
      }
      if (value === '' && line.trim() !== '' && j === last + 1) {
        // `Van:` on one line and the value on the next, as some PDF text layers split it.
        value = line.trim();
        last = j;
        continue;
      }
      if (continues(field, value, line)) {
        value = `${value} ${line.trim()}`;
        last = j;
        continue;
      }
      break;
    }
    commit();
    const block = toBlock(values, lines[i]!.start, lines[last]!.end);
    if (block) blocks.push(block);
    i = Math.max(j, i + 1);
  }
  return blocks;
}

function toBlock(values: Partial<Record<Field, string>>, start: number, end: number): PrintedEmail | undefined {
  const fieldsSeen = (['sent', 'to', 'cc', 'subject'] as const).filter((field) => values[field] !== undefined).length;
  if (fieldsSeen < 2 && values.subject === undefined) return undefined;
  if (fieldsSeen < 1) return undefined;
  const block: PrintedEmail = {
    start,
    end,
    recipients: splitAddresses(values.to ?? ''),
    cc: splitAddresses(values.cc ?? ''),
    bcc: splitAddresses(values.bcc ?? ''),
    attachments: splitAddresses(values.attachments ?? ''),
  };
  if (values.from) block.sender = values.from;
  if (values.sent) {
    block.sentText = values.sent;
    const date = parseDateText(values.sent);
    if (date) block.date = date;
  }
  if (values.subject !== undefined) block.subject = values.subject;
  return block;
}

/**
 * The e-mail a document (or bundle part) is, when it opens with a header
 * block: the first block, if it starts within the first lines of the page.
 */
export function leadingPrintedEmail(pageText: string, withinLines = 15): PrintedEmail | undefined {
  const first = parsePrintedEmails(pageText)[0];
  if (!first) return undefined;
  const linesBefore = pageText.slice(0, first.start).split('\n').length - 1;
  return linesBefore <= withinLines ? first : undefined;
}
