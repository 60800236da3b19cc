import fs from 'node:fs/promises';
import { LRUCache } from 'lru-cache';
import { ExtractedText } from '../../../shared/model/document';
import { readJsonFile } from '../fs/atomic';
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

  /** Forgets a text about to be replaced. */
  forget(sha256: string): void {
    this.cache.delete(sha256);
  }
}
