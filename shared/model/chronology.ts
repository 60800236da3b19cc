import { z } from 'zod';
import { FuzzyDate } from '../chronology/fuzzy-date/model';
import { Anchor, AnchorCheck, CodeId, PassageId } from './coding';
import { DocumentId, Sha256 } from './document';

/**
 * What the chronology of a case keeps (chronology.json): events that each
 * rest on cited passages, the actors involved, and for signal events who
 * signalled what to whom and how it was answered.
 */

export const EntityId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'is not an id');
export const EventId = EntityId;
export const ActorId = EntityId;
export const CitationId = EntityId;

/** Actor roles of codebook section D, in the order the signal chain draws its lanes (practice first). */
export const ACTOR_ROLES = ['burger', 'uitvoering', 'toezicht', 'beleid', 'politiek', 'hoge-colleges', 'rechter', 'media', 'overig'] as const;
export const ActorRole = z.enum(ACTOR_ROLES);
export type ActorRole = z.infer<typeof ActorRole>;

export const ActorKind = z.enum(['person', 'organisation']);
export type ActorKind = z.infer<typeof ActorKind>;

const Name = z.string().trim().min(1).max(300);

/** Who did it when, for every entity an analyst makes or changes. */
const Authored = {
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
};

export const Actor = z.strictObject({
  id: ActorId,
  name: Name,
  kind: ActorKind,
  role: ActorRole,
  /** Other names the same actor goes by in the sources ("BD", "de Dienst", "Toeslagen"). */
  aliases: z.array(Name).max(200),
  note: z.string().max(10_000),
  /** Actors merged into this one: their ids and names, so the merge can be explained. */
  mergedFrom: z.array(z.strictObject({ id: ActorId, name: Name, at: z.iso.datetime(), by: z.string() })).max(1000),
  ...Authored,
});
export type Actor = z.infer<typeof Actor>;

export const EVENT_TYPES = ['signal', 'warning', 'decision', 'response', 'publication', 'meeting', 'letter', 'other'] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export const VerificationStatus = z.enum(['draft', 'checked']);
export type VerificationStatus = z.infer<typeof VerificationStatus>;

/**
 * A passage an event rests on: document, page and exact quote, anchored as
 * coded passages are (position + quote with context), so that it is found
 * again after re-extraction, or says that it cannot be.
 */
export const Citation = z.strictObject({
  id: CitationId,
  documentId: DocumentId,
  sha256: Sha256,
  anchor: Anchor,
  /** The coded passage this citation was made from, if any. */
  passageId: PassageId.optional(),
  anchorCheck: AnchorCheck.optional(),
  addedAt: z.iso.datetime(),
  addedBy: z.string(),
});
export type Citation = z.infer<typeof Citation>;

/**
 * How a signal was answered: not looked into yet, by a response event, or
 * explicitly not: no response found in the sources up to a stated date.
 */
export const SignalAnswer = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('open') }),
  z.strictObject({ kind: z.literal('response'), eventId: EventId }),
  z.strictObject({
    kind: z.literal('none'),
    /** `YYYY-MM-DD`: the sources were searched for a response up to this date. */
    after: z.iso.date(),
    note: z.string().max(10_000),
  }),
]);
export type SignalAnswer = z.infer<typeof SignalAnswer>;

/** Who signalled what to whom, how it was answered, and the signal-loss codes (group B) of the link. */
export const SignalLink = z.strictObject({
  fromActorId: ActorId,
  toActorId: ActorId,
  /** What was signalled, in the analyst's words. */
  content: z.string().max(10_000),
  answer: SignalAnswer,
  codeIds: z.array(CodeId).max(50),
});
export type SignalLink = z.infer<typeof SignalLink>;

export const ChronologyEvent = z.strictObject({
  id: EventId,
  date: FuzzyDate,
  title: z.string().trim().min(1).max(500),
  description: z.string().max(50_000),
  type: EventType,
  actorIds: z.array(ActorId).max(200),
  codeIds: z.array(CodeId).max(100),
  status: VerificationStatus,
  /** Who checked the event against its sources, and when (status checked). */
  checked: z.strictObject({ by: z.string(), at: z.iso.datetime() }).optional(),
  citations: z.array(Citation).max(500),
  signal: SignalLink.optional(),
  ...Authored,
});
export type ChronologyEvent = z.infer<typeof ChronologyEvent>;

/**
 * chronology.json. The array order of `events` is the analyst's manual
 * order: it decides between events whose dates tie, and nothing else.
 */
export const ChronologyFile = z.strictObject({
  version: z.literal(1),
  actors: z.array(Actor),
  events: z.array(ChronologyEvent),
});
export type ChronologyFile = z.infer<typeof ChronologyFile>;

export const EMPTY_CHRONOLOGY: ChronologyFile = { version: 1, actors: [], events: [] };

/** An event rests on its sources only when it cites at least one passage that can still be found. */
export function isSupported(event: ChronologyEvent): boolean {
  return event.citations.some((citation) => citation.anchorCheck?.status !== 'lost' && citation.anchorCheck?.status !== 'ambiguous');
}

/** Signals that were not answered: explicitly none found, or not looked into yet. */
export function isUnanswered(signal: SignalLink): boolean {
  return signal.answer.kind !== 'response';
}
