import path from 'node:path';
import type { DocumentKind } from '../../../shared/model/document';

/** Files of the case itself, which no area may take as its data file name. */
const RESERVED_NAMES = new Set(['case.json', 'documents.json', 'backup.json']);

const EXTENSION_BY_KIND: Record<DocumentKind, string> = {
  pdf: '.pdf',
  text: '.txt',
  markdown: '.md',
  html: '.html',
  csv: '.csv',
  docx: '.docx',
  xlsx: '.xlsx',
  email: '.eml',
  mailbox: '.mbox',
  archive: '.zip',
  // PNG, JPEG, GIF, BMP or WebP: the record's mediaType says which.
  image: '.img',
};

/**
 * Where everything lives inside a case folder. A person can copy, back up and
 * inspect the folder; originals are content-addressed by SHA-256.
 *
 *   Name.spoor/
 *     case.json                 identity and format version
 *     documents.json            the document records
 *     originals/ab/<sha256>.pdf the imported files, byte for byte
 *     text/<sha256>.json        extracted text per page
 *     <area>.json               each area's own data (codebook, annotations, chronology, …)
 *     audit.jsonl               append-only, hash-chained log of every change
 *     backups/<id>/             automatic copies of the case's own data files (not the originals)
 *     spoor.lock                who has the case open for writing
 */
export class CaseLayout {
  constructor(readonly root: string) {}

  get manifest(): string {
    return path.join(this.root, 'case.json');
  }

  get documents(): string {
    return path.join(this.root, 'documents.json');
  }

  get originalsDir(): string {
    return path.join(this.root, 'originals');
  }

  get textDir(): string {
    return path.join(this.root, 'text');
  }

  original(sha256: string, kind: DocumentKind): string {
    return path.join(this.originalsDir, sha256.slice(0, 2), `${sha256}${EXTENSION_BY_KIND[kind]}`);
  }

  text(sha256: string): string {
    return path.join(this.textDir, `${sha256}.json`);
  }

  get audit(): string {
    return path.join(this.root, 'audit.jsonl');
  }

  get backupsDir(): string {
    return path.join(this.root, 'backups');
  }

  /** A file named by its path inside the case folder, as the audit log names it (`documents.json`, `text/<sha>.json`). */
  file(relative: string): string {
    return path.join(this.root, ...relative.split('/'));
  }

  /** A data file of one area of the case (`codebook.json`, `chronology.json`, …), directly in the case folder. */
  data(name: string): string {
    if (!/^[a-z][a-z0-9-]*\.json$/.test(name) || RESERVED_NAMES.has(name)) throw new Error(`Not a case data file name: ${name}`);
    return path.join(this.root, name);
  }
}
