import type { CaseService } from '../service/case-service';

/** A stretch of one page of one document, as a selection in the UI gives it. */
export interface Place {
  documentId: string;
  page: number;
  start: number;
  end: number;
}

/** The quote as a pattern: its words in order, any white space between them (extraction breaks long lines). */
function quotePattern(quote: string): RegExp {
  const words = quote.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('\\s+'));
}

/**
 * Finds quotes in the extracted text of the open case. Documents are read in
 * title order (numbers in numeric order), and a Woo bundle through its parts,
 * not as a whole: a passage belongs to the e-mail it is in.
 */
export class DemoText {
  private order: string[] | undefined;
  private readonly texts = new Map<string, string[]>();

  constructor(private readonly service: CaseService) {}

  /** The first place the quote stands; throws when the case does not hold it (the fixtures changed). */
  async locate(quote: string): Promise<Place> {
    const pattern = quotePattern(quote);
    for (const documentId of this.documentOrder()) {
      for (const [index, text] of (await this.pagesOf(documentId)).entries()) {
        const match = pattern.exec(text);
        if (match) return { documentId, page: index + 1, start: match.index, end: match.index + match[0].length };
      }
    }
    throw new Error(`The demo case does not contain the passage “${quote}”`);
  }

  private documentOrder(): string[] {
    if (!this.order) {
      const documents = this.service.listDocuments();
      const bundles = new Set(documents.flatMap((doc) => (doc.parent?.relation === 'part' ? [doc.parent.parentId] : [])));
      this.order = documents
        .filter((doc) => !bundles.has(doc.id))
        .sort((a, b) => a.title.localeCompare(b.title, 'nl', { numeric: true }))
        .map((doc) => doc.id);
    }
    return this.order;
  }

  private async pagesOf(documentId: string): Promise<string[]> {
    let pages = this.texts.get(documentId);
    if (!pages) {
      pages = (await this.service.getAllPages(documentId)).map((page) => page.text);
      this.texts.set(documentId, pages);
    }
    return pages;
  }
}
