import type { FuzzyDate } from '../../chronology/fuzzy-date';
import type { ActorRole, EventType, VerificationStatus } from '../../model/chronology';
import type { Language } from '../../model/settings';
import type { SignalChainLayout } from '../../chronology/signal-chain/layout';

/**
 * The report as the writers (HTML, .docx) render it: every text resolved in
 * the report's language, every citation numbered as a footnote. Built by
 * build.ts from the chronology; the writers add no facts of their own.
 */

/** One cited passage, as a footnote: enough for a reader to find and check it. */
export interface Footnote {
  number: number;
  quote: string;
  documentTitle: string;
  /** The document's own date, formatted, when known. */
  documentDate?: string;
  page: number;
  sha256: string;
  /** False when the quote no longer stands at its place in the document's current text. */
  verified: boolean;
  /** The whole footnote as one line of text (the HTML and .docx writers print exactly this). */
  text: string;
}

export interface ReportActor {
  name: string;
  role: ActorRole;
  roleLabel: string;
}

export interface ReportSignal {
  from: ReportActor;
  to: ReportActor;
  content: string;
  /** How it was answered, as a sentence. */
  answer: string;
  answered: boolean;
  codes: string[];
}

export interface ReportEvent {
  id: string;
  date: FuzzyDate;
  dateText: string;
  title: string;
  description: string;
  type: EventType;
  typeLabel: string;
  status: VerificationStatus;
  statusLabel: string;
  actors: ReportActor[];
  codes: string[];
  /** Footnote numbers of the event's citations, in order. */
  footnotes: number[];
  /** Without any citation that can be found, the event is marked as not supported. */
  supported: boolean;
  signal?: ReportSignal;
}

export interface ReportSource {
  title: string;
  documentDate?: string;
  sha256: string;
  pageCount: number;
  /** Footnote numbers citing this source. */
  citedIn: number[];
}

export interface ReportCodeSection {
  codeId: string;
  label: string;
  definition: string;
  passages: Array<{ quote: string; source: string }>;
}

export interface Report {
  language: Language;
  title: string;
  caseName: string;
  /** "Gemaakt op … door … met Spoor …". */
  colophon: string;
  /** How a reader checks a footnote against a source file. */
  verification: string;
  /** The head of the case's audit log, when the case keeps one. */
  auditLogHead?: string;
  events: ReportEvent[];
  footnotes: Footnote[];
  sources: ReportSource[];
  signalChain?: SignalChainLayout;
  codeSections: ReportCodeSection[];
  /** Headings and labels in the report's language. */
  labels: ReportLabels;
}

export interface ReportLabels {
  chronology: string;
  signalChain: string;
  signalChainTable: string;
  notes: string;
  sources: string;
  codeSections: string;
  unsupported: string;
  unverified: string;
  actors: string;
  codes: string;
  signal: string;
  from: string;
  to: string;
  answer: string;
  date: string;
  event: string;
  title: string;
  documentDate: string;
  pages: string;
  sha256: string;
  citedIn: string;
  noEvents: string;
  auditLogHead: string;
  figureNote: string;
}
