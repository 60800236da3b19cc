import { z } from 'zod';
import { FuzzyDate } from '../chronology/fuzzy-date/model';
import { Actor, ActorId, ActorKind, ActorRole, ChronologyEvent, CitationId, EventId, EventType, SignalAnswer, VerificationStatus } from '../model/chronology';
import { CodeId, PassageId } from '../model/coding';
import { DocumentId } from '../model/document';
import { Language } from '../model/settings';
import { CodingHistory } from './coding';
import { NoInput } from './common';
import { call } from './define';

/** Where a citation comes from: a range of a page (a selection), or a coded passage. */
export const CitationSource = z.union([
  z.strictObject({
    documentId: DocumentId,
    page: z.number().int().positive(),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  }),
  z.strictObject({ passageId: PassageId }),
]);
export type CitationSource = z.infer<typeof CitationSource>;

/** A document as the chronology shows it beside a citation. */
export const CitedDocument = z.strictObject({
  id: DocumentId,
  sha256: z.string(),
  title: z.string(),
  /** The document's own date (metadata.date), when known. */
  date: z.string().optional(),
});
export type CitedDocument = z.infer<typeof CitedDocument>;

/** The whole chronology, events in date order (ties in the manual order). */
export const ChronologySnapshot = z.strictObject({
  actors: z.array(Actor),
  events: z.array(ChronologyEvent),
  documents: z.array(CitedDocument),
  history: CodingHistory,
});
export type ChronologySnapshot = z.infer<typeof ChronologySnapshot>;

const SignalInput = z.strictObject({
  fromActorId: ActorId,
  toActorId: ActorId,
  content: z.string().max(10_000).optional(),
  answer: SignalAnswer.optional(),
  codeIds: z.array(CodeId).max(50).optional(),
});

const EventFields = {
  date: FuzzyDate,
  title: z.string().trim().min(1).max(500),
  description: z.string().max(50_000).optional(),
  type: EventType,
  actorIds: z.array(ActorId).max(200).optional(),
  codeIds: z.array(CodeId).max(100).optional(),
  status: VerificationStatus.optional(),
};

export const EventProposalOutput = z.strictObject({
  date: FuzzyDate.nullable(),
  dateSource: z.enum(['passage', 'sentence', 'document', 'none']),
  dateText: z.string().nullable(),
  otherDates: z.array(z.strictObject({ text: z.string(), value: FuzzyDate })),
  title: z.string(),
  actorIds: z.array(ActorId),
  type: EventType,
  codeIds: z.array(CodeId),
  /** The exact quote the citation will hold. */
  quote: z.string(),
  page: z.number().int().positive(),
  documentTitle: z.string(),
});
export type EventProposalOutput = z.infer<typeof EventProposalOutput>;

export const ExportFormat = z.enum(['html', 'docx', 'csv', 'timelinejs']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** A file for the UI to offer as a download: text, or bytes in base64 (a .docx). */
export const FileDownload = z.strictObject({
  fileName: z.string(),
  mediaType: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
});
export type FileDownload = z.infer<typeof FileDownload>;

export const ReportOptions = z.strictObject({
  language: Language.optional(),
  /** Codes whose coded passages get a section of their own at the end of the report. */
  codeSections: z.array(CodeId).max(200).optional(),
});
export type ReportOptions = z.infer<typeof ReportOptions>;

export const chronologyCalls = {
  /** Events in date order, actors, the documents cited; citations checked against the current text first. */
  'chronology:get': call(NoInput, ChronologySnapshot),
  /** What an event made from a passage would hold: date, title, actors, type, codes. Changes nothing. */
  'chronology:propose': call(CitationSource, EventProposalOutput),
  'chronology:addEvent': call(z.strictObject({ ...EventFields, citations: z.array(CitationSource).max(50).optional(), signal: SignalInput.optional() }), ChronologyEvent),
  'chronology:updateEvent': call(
    z.strictObject({
      id: EventId,
      date: FuzzyDate.optional(),
      title: EventFields.title.optional(),
      description: z.string().max(50_000).optional(),
      type: EventType.optional(),
      actorIds: z.array(ActorId).max(200).optional(),
      codeIds: z.array(CodeId).max(100).optional(),
      status: VerificationStatus.optional(),
    }),
    ChronologyEvent,
  ),
  /** Deletes an event; signals it answered are open again. */
  'chronology:deleteEvent': call(z.strictObject({ id: EventId }), z.strictObject({ ok: z.literal(true) })),
  'chronology:addCitation': call(z.strictObject({ eventId: EventId, source: CitationSource }), ChronologyEvent),
  'chronology:removeCitation': call(z.strictObject({ eventId: EventId, citationId: CitationId }), ChronologyEvent),
  /** One place earlier or later among the events whose dates tie with it. */
  'chronology:move': call(z.strictObject({ id: EventId, direction: z.enum(['earlier', 'later']) }), z.strictObject({ ok: z.literal(true) })),
  /** Sets (or with null removes) the signal link of an event: from whom to whom, what, how answered, group B codes. */
  'chronology:setSignal': call(z.strictObject({ eventId: EventId, signal: SignalInput.nullable() }), ChronologyEvent),
  'chronology:addActor': call(
    z.strictObject({ name: z.string().trim().min(1).max(300), kind: ActorKind, role: ActorRole, aliases: z.array(z.string().trim().min(1).max(300)).max(200).optional(), note: z.string().max(10_000).optional() }),
    Actor,
  ),
  'chronology:updateActor': call(
    z.strictObject({
      id: ActorId,
      name: z.string().trim().min(1).max(300).optional(),
      kind: ActorKind.optional(),
      role: ActorRole.optional(),
      aliases: z.array(z.string().trim().min(1).max(300)).max(200).optional(),
      note: z.string().max(10_000).optional(),
    }),
    Actor,
  ),
  /** The same actor under two names: the source's names become aliases of the target, and its events follow. */
  'chronology:mergeActors': call(z.strictObject({ sourceId: ActorId, targetId: ActorId }), Actor),
  /** Deletes an actor no event names. */
  'chronology:deleteActor': call(z.strictObject({ id: ActorId }), z.strictObject({ ok: z.literal(true) })),
  'chronology:undo': call(NoInput, CodingHistory),
  'chronology:redo': call(NoInput, CodingHistory),
  /** The report (HTML, .docx), the events and citations as CSV, or TimelineJS JSON, as a download. */
  'chronology:export': call(z.strictObject({ format: ExportFormat, options: ReportOptions.optional() }), FileDownload),
};
