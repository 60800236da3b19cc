import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { SpoorError } from '../../../shared/errors';

export const MAX_MBOX_MESSAGES = 100_000;

export interface MboxMessage {
  index: number;
  file: string;
  size: number;
}

/** An mbox separator: `From ` at the start of a line, after an empty line or at the start of the file. */
const SEPARATOR = /^From \S/;
/** mboxrd and mboxo escape body lines starting with `From ` as `>From `; one `>` is removed again. */
const ESCAPED = /^>+From /;

/**
 * Splits an mbox file into one .eml file per message in `outDir`, streaming,
 * so a mailbox of gigabytes never sits in memory. Bytes are read as latin1 so
 * every byte of the message survives the split unchanged.
 */
export async function splitMbox(file: string, name: string, outDir: string, signal?: AbortSignal): Promise<MboxMessage[]> {
  const messages: MboxMessage[] = [];
  let lines: string[] = [];
  let previousBlank = true;
  const flush = async () => {
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    if (lines.length === 0) return;
    if (messages.length >= MAX_MBOX_MESSAGES) {
      throw new SpoorError('import.limitExceeded', `${name} has more than ${MAX_MBOX_MESSAGES} messages`, { file: name, limit: `${MAX_MBOX_MESSAGES} messages` });
    }
    const target = path.join(outDir, `${String(messages.length).padStart(6, '0')}.eml`);
    const bytes = Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
    await fs.writeFile(target, bytes, { flag: 'wx' });
    messages.push({ index: messages.length, file: target, size: bytes.length });
    lines = [];
  };
  const reader = readline.createInterface({ input: createReadStream(file, { encoding: 'latin1' }), crlfDelay: Infinity });
  let started = false;
  for await (const line of reader) {
    signal?.throwIfAborted();
    if (previousBlank && SEPARATOR.test(line)) {
      if (started) await flush();
      started = true;
      previousBlank = false;
      continue;
    }
    if (started) lines.push(ESCAPED.test(line) ? line.slice(1) : line);
    previousBlank = line === '';
  }
  await flush();
  return messages;
}
