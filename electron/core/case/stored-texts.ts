import fs from 'node:fs/promises';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import { ExtractedText, type DocumentRecord } from '../../../shared/model/document';
import { copyFileAtomic, jsonFileText, readJsonFile, writeFileAtomic } from '../fs/atomic';
import { exists } from '../fs/exists';
import { toIoError } from '../fs/io-errors';
import { sha256Text } from './audit';
import type { CaseLayout } from './layout';

/**
 * The stored text files of a case, parsed. The last few read are kept, so
 * turning the pages of a 1,000-page document does not re-read and
 * re-validate its whole text file each time; a cached copy is used only while
 * the file's size and modification time are unchanged (a re-extraction or a
 * restore replaces it).
 */
export class StoredTexts {
  private readonly cache = new LRUCache<string, { stamp: string; text: Promise<ExtractedText> }>({ max: 4 });

  constructor(private readonly layout: CaseLayout) {}

  async read(sha256: string): Promise<ExtractedText> {
    const file = this.layout.text(sha256);
    const label = `text/${sha256}.json`;
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat) return readJsonFile(file, ExtractedText, label);
    const stamp = `${stat.size}:${stat.mtimeMs}`;
    const cached = this.cache.get(sha256);
    if (cached?.stamp === stamp) return cached.text;
    const text = readJsonFile(file, ExtractedText, label);
    this.cache.set(sha256, { stamp, text });
    text.catch(() => this.cache.delete(sha256));
    return text;
  }

  /**
   * Stores a new document's original (once per SHA-256) and its text; the
   * caller records both. Returns the text's file name and hash for the audit.
   */
  async storeWithOriginal(record: DocumentRecord, sourceFile: string, text: ExtractedText): Promise<{ name: string; hash: string }> {
    const original = this.layout.original(record.sha256, record.kind);
    await fs.mkdir(path.dirname(original), { recursive: true }).catch((error) => {
      throw toIoError(error, original);
    });
    if (!(await exists(original))) await copyFileAtomic(sourceFile, original);
    const name = `text/${record.sha256}.json`;
    const json = jsonFileText(text);
    await writeFileAtomic(this.layout.file(name), json);
    return { name, hash: sha256Text(json) };
  }

  /** Forgets a text about to be replaced. */
  forget(sha256: string): void {
    this.cache.delete(sha256);
  }
}
