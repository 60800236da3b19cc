import { chronologicalOrder } from '../../chronology/events/order';
import { formatFuzzyDate } from '../../chronology/fuzzy-date';
import { parseCivilDay } from '../../chronology/fuzzy-date/civil';
import type { SignalChainLayout } from '../../chronology/signal-chain/layout';
import { resolveMerged } from '../../codebook/operations';
import { translate, type MessageKey } from '../../i18n';
import type { Actor, ChronologyEvent, SignalLink } from '../../model/chronology';
import type { Codebook } from '../../model/coding';
import type { Language } from '../../model/settings';
import type { Footnote, Report, ReportActor, ReportCodeSection, ReportEvent, ReportLabels, ReportSignal, ReportSource } from './model';

export interface ReportDocument {
  id: string;
  sha256: string;
  title: string;
  /** metadata.date: `YYYY-MM-DD` or an ISO timestamp. */
  date?: string;
  pageCount: number;
}

export interface ReportInput {
  language: Language;
  caseName: string;
  generatedAt: string;
  generatedBy: string;
  spoorVersion: string;
  events: readonly ChronologyEvent[];
  actors: readonly Actor[];
  codebook: Codebook;
  documents: readonly ReportDocument[];
  /**
   * Per citation id: whether its quote was found, character for character,
   * at its place in the document's current text when the report was made.
   */
  verified: ReadonlyMap<string, boolean>;
  codeSections?: ReadonlyArray<{ codeId: string; passages: ReadonlyArray<{ documentId: string; page: number; quote: string }> }>;
  auditLogHead?: string;
  signalChain?: SignalChainLayout;
}

/** The first hex digits of a SHA-256 a footnote prints: enough to tell documents apart and to check a file. */
export const SHORT_HASH = 12;

/** A document's own date in the report's language ("5 december 2019"), or as written when it is not a plain date. */
export function formatDocumentDate(date: string | undefined, language: Language): string | undefined {
  if (!date) return undefined;
  const day = parseCivilDay(date.slice(0, 10));
  return day ? formatFuzzyDate({ kind: 'day', ...day }, language) : date;
}

function labelsFor(language: Language): ReportLabels {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  return {
    chronology: t('report.chronology'),
    signalChain: t('report.signalChain'),
    signalChainTable: t('report.signalChainTable'),
    notes: t('report.notes'),
    sources: t('report.sources'),
    codeSections: t('report.codeSections'),
    unsupported: t('report.unsupported'),
    unverified: t('report.unverified'),
    actors: t('report.actors'),
    codes: t('report.codes'),
    signal: t('report.signal'),
    from: t('report.from'),
    to: t('report.to'),
    answer: t('report.answer'),
    date: t('report.date'),
    event: t('report.event'),
    title: t('report.documentTitle'),
    documentDate: t('report.documentDate'),
    pages: t('report.pages'),
    sha256: 'SHA-256',
    citedIn: t('report.citedIn'),
    noEvents: t('report.noEvents'),
    auditLogHead: t('report.auditLogHead'),
    figureNote: t('report.figureNote'),
  };
}

/** The footnote line: quote, document, its date, page and the first 12 hex digits of its SHA-256. */
export function footnoteText(note: Omit<Footnote, 'text' | 'number'>, language: Language): string {
  const where = [note.documentTitle, note.documentDate, `p. ${note.page}`].filter(Boolean).join(', ');
  const check = note.verified ? '' : ` ${translate(language, 'report.unverifiedNote')}`;
  return `“${note.quote}” — ${where}. SHA-256 ${note.sha256.slice(0, SHORT_HASH)}.${check}`;
}

function codeLabel(codebook: Codebook, id: string, language: Language): string {
  const resolved = resolveMerged(codebook, id);
  const code = codebook.codes.find((candidate) => candidate.id === resolved);
  return code ? `${code.id} ${code.label[language]}` : id;
}

/**
 * The report from the chronology: events in date order (ties in the manual
 * order), each citation a footnote numbered in reading order, the sources
 * cited with their full hashes, the signal chain and the code sections.
 */
export function buildReport(input: ReportInput): Report {
  const { language } = input;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const documents = new Map(input.documents.map((doc) => [doc.id, doc]));
  const actors = new Map(input.actors.map((actor) => [actor.id, actor]));
  const events = chronologicalOrder(input.events);
  const eventById = new Map(events.map((event) => [event.id, event]));
  const actor = (id: string): ReportActor => {
    const found = actors.get(id);
    return found ? { name: found.name, role: found.role, roleLabel: t(`chronology.role.${found.role}`) } : { name: id, role: 'overig', roleLabel: t('chronology.role.overig') };
  };

  const footnotes: Footnote[] = [];
  const citedIn = new Map<string, number[]>();
  const signalOf = (signal: SignalLink): ReportSignal => {
    let answer: string;
    if (signal.answer.kind === 'response') {
      const response = eventById.get(signal.answer.eventId);
      answer = response ? t('report.answeredBy', { date: formatFuzzyDate(response.date, language), title: response.title }) : t('report.answerMissing');
    } else if (signal.answer.kind === 'none') {
      const after = parseCivilDay(signal.answer.after);
      answer = t('report.noResponse', { date: after ? formatFuzzyDate({ kind: 'day', ...after }, language) : signal.answer.after });
      if (signal.answer.note.trim()) answer += ` ${signal.answer.note.trim()}`;
    } else {
      answer = t('report.answerOpen');
    }
    if (!/[.!?]$/.test(answer)) answer += '.';
    return {
      from: actor(signal.fromActorId),
      to: actor(signal.toActorId),
      content: signal.content,
      answer,
      answered: signal.answer.kind === 'response',
      codes: signal.codeIds.map((id) => codeLabel(input.codebook, id, language)),
    };
  };

  const reportEvents: ReportEvent[] = events.map((event) => {
    const numbers: number[] = [];
    for (const citation of event.citations) {
      const doc = documents.get(citation.documentId);
      const status = citation.anchorCheck?.status;
      const verified = (input.verified.get(citation.id) ?? false) && status !== 'lost' && status !== 'ambiguous';
      const documentDate = formatDocumentDate(doc?.date, language);
      const note = {
        quote: citation.anchor.exact,
        documentTitle: doc?.title ?? citation.documentId,
        ...(documentDate ? { documentDate } : {}),
        page: citation.anchor.page,
        sha256: citation.sha256,
        verified,
      };
      const number = footnotes.length + 1;
      footnotes.push({ ...note, number, text: footnoteText(note, language) });
      numbers.push(number);
      citedIn.set(citation.sha256, [...(citedIn.get(citation.sha256) ?? []), number]);
    }
    return {
      id: event.id,
      date: event.date,
      dateText: formatFuzzyDate(event.date, language),
      title: event.title,
      description: event.description,
      type: event.type,
      typeLabel: t(`chronology.type.${event.type}`),
      status: event.status,
      statusLabel: t(`chronology.status.${event.status}`),
      actors: event.actorIds.map(actor),
      codes: event.codeIds.map((id) => codeLabel(input.codebook, id, language)),
      footnotes: numbers,
      supported: footnotes.some((note) => numbers.includes(note.number) && note.verified),
      ...(event.signal ? { signal: signalOf(event.signal) } : {}),
    };
  });

  const sources: ReportSource[] = input.documents
    .filter((doc) => citedIn.has(doc.sha256))
    .map((doc) => {
      const documentDate = formatDocumentDate(doc.date, language);
      return { title: doc.title, ...(documentDate ? { documentDate } : {}), sha256: doc.sha256, pageCount: doc.pageCount, citedIn: citedIn.get(doc.sha256) ?? [] };
    })
    .sort((a, b) => (a.citedIn[0] ?? 0) - (b.citedIn[0] ?? 0));

  const codeSections: ReportCodeSection[] = (input.codeSections ?? []).map((section) => {
    const code = input.codebook.codes.find((candidate) => candidate.id === section.codeId);
    return {
      codeId: section.codeId,
      label: codeLabel(input.codebook, section.codeId, language),
      definition: code?.definition[language] ?? '',
      passages: section.passages.map((passage) => {
        const doc = documents.get(passage.documentId);
        const where = [doc?.title ?? passage.documentId, formatDocumentDate(doc?.date, language), `p. ${passage.page}`].filter(Boolean).join(', ');
        return { quote: passage.quote, source: `${where}. SHA-256 ${(doc?.sha256 ?? '').slice(0, SHORT_HASH)}.` };
      }),
    };
  });

  return {
    language,
    title: t('report.title', { name: input.caseName }),
    caseName: input.caseName,
    colophon: t('report.colophon', { date: input.generatedAt.slice(0, 10), time: input.generatedAt.slice(11, 16), analyst: input.generatedBy || '—', version: input.spoorVersion }),
    verification: t('report.verification'),
    ...(input.auditLogHead ? { auditLogHead: input.auditLogHead } : {}),
    events: reportEvents,
    footnotes,
    sources,
    ...(input.signalChain && input.signalChain.signals.length > 0 ? { signalChain: input.signalChain } : {}),
    codeSections,
    labels: labelsFor(language),
  };
}
