import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { auditProblemText } from '../../../shared/i18n/integrity';
import { AuditEntry, GENESIS_HASH, type AuditProblem, type AuditProblemCode, type AuditVerification, type MessageParams } from '../../../shared/model/integrity';
import { beforeAppendFault } from '../fs/atomic';
import { toIoError } from '../fs/io-errors';

/** The audit log's file name in a case folder: one JSON entry per line, append-only. */
export const AUDIT_FILE = 'audit.jsonl';

/** JSON with object keys sorted at every level: the same entry always hashes the same, whatever its key order on disk. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256Text(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, time, analyst, type, summary, files, details, prev } = entry;
  return sha256Text(canonicalJson({ seq, time, analyst, type, summary, files, details, prev }));
}

/** What a change tells the log; the log adds sequence, time, analyst and the chain. */
export interface AuditRecord {
  type: string;
  summary: string;
  /** SHA-256 of each case data file (by name inside the case) as the change leaves it. */
  files?: Record<string, string>;
  details?: Record<string, string | number>;
}

/** A problem with the log, as a code for the UI and in English for logs and scripts. */
export function auditProblem(line: number, code: AuditProblemCode, params: MessageParams = {}): AuditProblem {
  return { line, reason: auditProblemText('en', { code, params }), code, params };
}

interface ParsedLog {
  entries: AuditEntry[];
  /** Bytes of the file that form complete lines. */
  completeBytes: number;
  /** An unterminated last line: an append a crash interrupted. */
  tornTail: boolean;
  verification: AuditVerification;
}

/** Reads and checks a log: every line parses, sequence numbers run on, each `prev` is the previous `hash`, each `hash` is right. */
export function parseLog(raw: string): ParsedLog {
  const problems: AuditVerification['problems'] = [];
  const entries: AuditEntry[] = [];
  const lastNewline = raw.lastIndexOf('\n');
  const complete = raw.slice(0, lastNewline + 1);
  const tornTail = lastNewline + 1 < raw.length;
  let prev = GENESIS_HASH;
  const lines = complete.split('\n').slice(0, -1);
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    let entry: AuditEntry;
    try {
      const parsed = AuditEntry.safeParse(JSON.parse(line));
      if (!parsed.success) {
        problems.push(auditProblem(lineNumber, 'auditNotEntry'));
        return;
      }
      entry = parsed.data;
    } catch {
      problems.push(auditProblem(lineNumber, 'auditNotJson'));
      return;
    }
    const expectedSeq = (entries.at(-1)?.seq ?? 0) + 1;
    if (entry.seq !== expectedSeq) {
      problems.push(auditProblem(lineNumber, 'auditSequence', { found: entry.seq, expected: expectedSeq }));
    } else if (entry.prev !== prev) {
      problems.push(auditProblem(lineNumber, 'auditLink'));
    }
    if (entryHash(entry) !== entry.hash) problems.push(auditProblem(lineNumber, 'auditEdited'));
    prev = entry.hash;
    entries.push(entry);
  });
  return {
    entries,
    completeBytes: Buffer.byteLength(complete),
    tornTail,
    verification: { valid: problems.length === 0, entries: lines.length, headHash: entries.at(-1)?.hash ?? GENESIS_HASH, problems },
  };
}

export async function readLogFile(file: string): Promise<ParsedLog> {
  let raw = '';
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw toIoError(error, file);
    return { entries: [], completeBytes: 0, tornTail: false, verification: { valid: false, entries: 0, headHash: GENESIS_HASH, problems: [auditProblem(1, 'auditMissing')] } };
  }
  return parseLog(raw);
}

/** The expected SHA-256 of every data file the log has seen, as its latest entry for that file left it. */
export function expectedFileHashes(entries: readonly AuditEntry[]): Map<string, string> {
  const expected = new Map<string, string>();
  for (const entry of entries) {
    for (const [name, hash] of Object.entries(entry.files)) {
      if (hash === NO_FILE_HASH) expected.delete(name);
      else expected.set(name, hash);
    }
  }
  return expected;
}

/**
 * In an entry's files, "this file does not exist": how a recovery records
 * that the interrupted change was a file's first write, so the file is not
 * expected any more (no content hashes to 64 zeros).
 */
export const NO_FILE_HASH = '0'.repeat(64);

/**
 * An open case's audit log. Appends are fsynced; a failed append is cut back
 * off, so the log never keeps half a line or a change that was not saved.
 */
export class AuditLog {
  private constructor(
    readonly file: string,
    private size: number,
    private head: { seq: number; hash: string },
  ) {}

  get entries(): number {
    return this.head.seq;
  }

  get headHash(): string {
    return this.head.hash;
  }

  /**
   * Opens a log for appending. An unterminated last line (an append that a
   * crash interrupted; the change it described was never written) is cut off.
   */
  static async open(file: string): Promise<{ log: AuditLog; parsed: ParsedLog }> {
    const parsed = await readLogFile(file);
    if (parsed.tornTail) await fs.truncate(file, parsed.completeBytes).catch((error: unknown) => Promise.reject(toIoError(error, file)));
    const last = parsed.entries.at(-1);
    return { log: new AuditLog(file, parsed.completeBytes, { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH }), parsed };
  }

  /** Appends an entry; returns it with a function that takes it back (when the change it describes failed). */
  async append(record: AuditRecord, analyst: string): Promise<{ entry: AuditEntry; undo: () => Promise<void> }> {
    const body: Omit<AuditEntry, 'hash'> = {
      seq: this.head.seq + 1,
      time: new Date().toISOString(),
      analyst,
      type: record.type,
      summary: record.summary.slice(0, 2000),
      files: record.files ?? {},
      ...(record.details ? { details: record.details } : {}),
      prev: this.head.hash,
    };
    const entry: AuditEntry = { ...body, hash: entryHash(body) };
    const line = `${JSON.stringify(entry)}\n`;
    const sizeBefore = this.size;
    const headBefore = this.head;
    try {
      const handle = await fs.open(this.file, 'a', 0o644);
      try {
        await beforeAppendFault(this.file);
        await handle.write(line);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      await fs.truncate(this.file, sizeBefore).catch(() => undefined);
      throw toIoError(error, this.file);
    }
    this.size = sizeBefore + Buffer.byteLength(line);
    this.head = { seq: entry.seq, hash: entry.hash };
    const undo = async () => {
      try {
        await fs.truncate(this.file, sizeBefore);
      } catch (error) {
        throw toIoError(error, this.file);
      }
      this.size = sizeBefore;
      this.head = headBefore;
    };
    return { entry, undo };
  }
}
