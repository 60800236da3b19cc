import { createContext, useContext } from 'react';
import type { Highlight } from '../components/PageText';

/** Where the reader should go: a document, a page, and what to mark on it. */
export interface ReaderTarget {
  documentId: string;
  page?: number;
  highlights?: Highlight[];
  /** Every hit in the document (e.g. of a search), page by page: the reader steps through them. */
  hits?: Array<{ page: number; highlights: Highlight[] }>;
}

/**
 * What a view is asked to show when another view sends the analyst there
 * (the Overview's charts): the passages of one code in one document, the
 * events of one period. Cleared by every other way of changing views.
 */
export type ViewFocus = { view: 'coding'; codeId: string; documentId: string; documentTitle: string } | { view: 'chronology'; from: string; to: string };

/**
 * Navigation inside an open case, shared by every view: search results,
 * coded passages and chronology citations all open the reader this way.
 */
export interface CaseNavigation {
  view: string;
  showView: (view: string) => void;
  reader: ReaderTarget | undefined;
  openDocument: (target: ReaderTarget) => void;
  focus: ViewFocus | undefined;
  showFocused: (focus: ViewFocus) => void;
  /** Increases whenever documents are added, so views can reload. */
  documentsVersion: number;
  documentsChanged: () => void;
}

export const CaseNavigationContext = createContext<CaseNavigation | undefined>(undefined);

export function useCaseNavigation(): CaseNavigation {
  const navigation = useContext(CaseNavigationContext);
  if (!navigation) throw new Error('useCaseNavigation outside a case');
  return navigation;
}
