import { createAnchor } from '../../../shared/coding/anchor';
import { proposeEvent } from '../../../shared/chronology/events/propose';
import { moveAmongTies } from '../../../shared/chronology/events/order';
import { formatFuzzyDate } from '../../../shared/chronology/fuzzy-date';
import { descendantIds, requireCode } from '../../../shared/codebook/operations';
import type { CitationSource, EventProposalOutput } from '../../../shared/contract/chronology';
import { SpoorError } from '../../../shared/errors';
import type { ChronologyEvent, ChronologyFile, Citation, SignalLink } from '../../../shared/model/chronology';
import type { Codebook } from '../../../shared/model/coding';
import { newEntityId, type ChronologyArea } from './chronology-area';

/** The group of signal-loss codes (codebook section B): only these attach to a signal link. */
export const SIGNAL_LOSS_GROUP = 'B';

type EventFields = Pick<ChronologyEvent, 'date' | 'title' | 'type'> & Partial<Pick<ChronologyEvent, 'description' | 'actorIds' | 'codeIds' | 'status'>>;
type SignalFields = Pick<SignalLink, 'fromActorId' | 'toActorId'> & Partial<Pick<SignalLink, 'content' | 'answer' | 'codeIds'>>;

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function checkActors(file: ChronologyFile, ids: readonly string[]): void {
  for (const id of ids) {
    if (!file.actors.some((actor) => actor.id === id)) throw new SpoorError('chronology.actorNotFound', `No actor ${id}`, { id });
  }
}

/** Codes newly put on an event must be codable and in use; codes it already had may since have been retired. */
function checkCodes(codebook: Codebook, ids: readonly string[], previous: readonly string[] = [], group?: string): void {
  const allowed = group ? descendantIds(codebook, group) : undefined;
  for (const id of ids) {
    const code = requireCode(codebook, id);
    if (previous.includes(id)) continue;
    if (code.retired || !code.codable || (allowed && !allowed.has(id))) {
      throw new SpoorError('chronology.codeNotAllowed', `Code ${id} cannot be used here`, { id });
    }
  }
}

/** A citation of a page range or of a coded passage; the quote always comes from the stored text. */
async function makeCitation(area: ChronologyArea, source: CitationSource, analyst: string, now: string): Promise<Citation> {
  if ('passageId' in source) {
    const passage = (await area.coding.state()).passages.get(source.passageId);
    if (!passage) throw new SpoorError('coding.passageNotFound', `No passage ${source.passageId}`, { id: source.passageId });
    const status = passage.anchorCheck?.status;
    if (status === 'lost' || status === 'ambiguous') {
      throw new SpoorError('chronology.citationNotFound', `The passage cannot be found in the current text of ${passage.documentId}`, { id: source.passageId });
    }
    return { id: newEntityId(), documentId: passage.documentId, sha256: passage.sha256, anchor: passage.anchor, passageId: passage.id, addedAt: now, addedBy: analyst };
  }
  const record = area.coding.document(source.documentId);
  const pages = await area.coding.pageTexts(record);
  const text = pages[source.page - 1];
  if (text === undefined) throw new SpoorError('document.pageOutOfRange', `Page ${source.page} of ${pages.length}`, { page: source.page, pageCount: pages.length });
  return { id: newEntityId(), documentId: record.id, sha256: record.sha256, anchor: createAnchor(text, source.page, source.start, source.end), addedAt: now, addedBy: analyst };
}

function buildSignal(file: ChronologyFile, codebook: Codebook, eventId: string, input: SignalFields, previous?: SignalLink): SignalLink {
  checkActors(file, [input.fromActorId, input.toActorId]);
  const codeIds = [...new Set(input.codeIds ?? previous?.codeIds ?? [])];
  checkCodes(codebook, codeIds, previous?.codeIds, SIGNAL_LOSS_GROUP);
  const answer = input.answer ?? previous?.answer ?? { kind: 'open' };
  if (answer.kind === 'response') {
    if (answer.eventId === eventId) throw new SpoorError('chronology.invalidLink', 'A signal cannot answer itself', { id: eventId });
    if (!file.events.some((event) => event.id === answer.eventId)) throw new SpoorError('chronology.eventNotFound', `No event ${answer.eventId}`, { id: answer.eventId });
  }
  return { fromActorId: input.fromActorId, toActorId: input.toActorId, content: input.content ?? previous?.content ?? '', answer, codeIds };
}

export async function addEvent(area: ChronologyArea, input: EventFields & { citations?: CitationSource[]; signal?: SignalFields }): Promise<ChronologyEvent> {
  const analyst = area.analyst();
  const codebook = (await area.coding.state()).codebook;
  let created: ChronologyEvent | undefined;
  await area.change(async (file) => {
    const now = area.now();
    const actorIds = [...new Set(input.actorIds ?? [])];
    const codeIds = [...new Set(input.codeIds ?? [])];
    checkActors(file, actorIds);
    checkCodes(codebook, codeIds);
    const citations: Citation[] = [];
    for (const source of input.citations ?? []) citations.push(await makeCitation(area, source, analyst, now));
    const id = newEntityId();
    const status = input.status ?? 'draft';
    created = {
      id,
      date: input.date,
      title: input.title.trim(),
      description: input.description ?? '',
      type: input.type,
      actorIds,
      codeIds,
      status,
      ...(status === 'checked' ? { checked: { by: analyst, at: now } } : {}),
      citations,
      ...(input.signal ? { signal: buildSignal(file, codebook, id, input.signal) } : {}),
      createdAt: now,
      createdBy: analyst,
      updatedAt: now,
      updatedBy: analyst,
    };
    return {
      type: 'chronology.addEvent',
      summary: `Event “${short(created.title)}” (${formatFuzzyDate(created.date, 'en')}) with ${citations.length} citation(s)`,
      next: { ...file, events: [...file.events, created] },
    };
  });
  return created as ChronologyEvent;
}

/** Replaces one event by what `edit` makes of it, checked and recorded as one action. */
async function editEvent(area: ChronologyArea, id: string, type: string, describe: (event: ChronologyEvent) => string, edit: (event: ChronologyEvent, file: ChronologyFile) => ChronologyEvent | Promise<ChronologyEvent>): Promise<ChronologyEvent> {
  const analyst = area.analyst();
  let result: ChronologyEvent | undefined;
  await area.change(async (file) => {
    const event = file.events.find((candidate) => candidate.id === id);
    if (!event) throw new SpoorError('chronology.eventNotFound', `No event ${id}`, { id });
    const edited = await edit(event, file);
    result = { ...edited, updatedAt: area.now(), updatedBy: analyst };
    return { type, summary: describe(result), next: { ...file, events: file.events.map((candidate) => (candidate.id === id ? (result as ChronologyEvent) : candidate)) } };
  });
  return result as ChronologyEvent;
}

export async function updateEvent(area: ChronologyArea, id: string, patch: Partial<EventFields>): Promise<ChronologyEvent> {
  const analyst = area.analyst();
  const codebook = (await area.coding.state()).codebook;
  return editEvent(area, id, 'chronology.updateEvent', (event) => `Edited event “${short(event.title)}”`, (event, file) => {
    const actorIds = patch.actorIds ? [...new Set(patch.actorIds)] : event.actorIds;
    const codeIds = patch.codeIds ? [...new Set(patch.codeIds)] : event.codeIds;
    checkActors(file, actorIds.filter((actorId) => !event.actorIds.includes(actorId)));
    checkCodes(codebook, codeIds, event.codeIds);
    const status = patch.status ?? event.status;
    const { checked: _previous, ...rest } = event;
    const checked = status === 'checked' ? (event.status === 'checked' && event.checked ? event.checked : { by: analyst, at: area.now() }) : undefined;
    return {
      ...rest,
      date: patch.date ?? event.date,
      title: patch.title?.trim() ?? event.title,
      description: patch.description ?? event.description,
      type: patch.type ?? event.type,
      actorIds,
      codeIds,
      status,
      ...(checked ? { checked } : {}),
    };
  });
}

export async function deleteEvent(area: ChronologyArea, id: string): Promise<void> {
  area.analyst();
  await area.change((file) => {
    const event = file.events.find((candidate) => candidate.id === id);
    if (!event) throw new SpoorError('chronology.eventNotFound', `No event ${id}`, { id });
    let reopened = 0;
    const events = file.events.flatMap((candidate) => {
      if (candidate.id === id) return [];
      if (candidate.signal?.answer.kind === 'response' && candidate.signal.answer.eventId === id) {
        reopened += 1;
        return [{ ...candidate, signal: { ...candidate.signal, answer: { kind: 'open' as const } } }];
      }
      return [candidate];
    });
    return { type: 'chronology.deleteEvent', summary: `Deleted event “${short(event.title)}”${reopened ? `; ${reopened} signal(s) it answered are open again` : ''}`, next: { ...file, events } };
  });
}

export async function addCitation(area: ChronologyArea, eventId: string, source: CitationSource): Promise<ChronologyEvent> {
  const analyst = area.analyst();
  return editEvent(area, eventId, 'chronology.addCitation', (event) => `Cited a passage for “${short(event.title)}”`, async (event) => ({
    ...event,
    citations: [...event.citations, await makeCitation(area, source, analyst, area.now())],
  }));
}

export async function removeCitation(area: ChronologyArea, eventId: string, citationId: string): Promise<ChronologyEvent> {
  area.analyst();
  return editEvent(area, eventId, 'chronology.removeCitation', (event) => `Removed a citation from “${short(event.title)}”`, (event) => {
    if (!event.citations.some((citation) => citation.id === citationId)) throw new SpoorError('chronology.citationNotFound', `No citation ${citationId}`, { id: citationId });
    return { ...event, citations: event.citations.filter((citation) => citation.id !== citationId) };
  });
}

export async function setSignal(area: ChronologyArea, eventId: string, signal: SignalFields | null): Promise<ChronologyEvent> {
  area.analyst();
  const codebook = (await area.coding.state()).codebook;
  return editEvent(
    area,
    eventId,
    signal ? 'chronology.setSignal' : 'chronology.removeSignal',
    (event) => (signal ? `Signal link of “${short(event.title)}”` : `Removed the signal link of “${short(event.title)}”`),
    (event, file) => {
      const { signal: previous, ...rest } = event;
      return signal ? { ...rest, signal: buildSignal(file, codebook, eventId, signal, previous) } : rest;
    },
  );
}

export async function moveEvent(area: ChronologyArea, id: string, direction: 'earlier' | 'later'): Promise<void> {
  area.analyst();
  await area.change((file) => {
    const event = file.events.find((candidate) => candidate.id === id);
    if (!event) throw new SpoorError('chronology.eventNotFound', `No event ${id}`, { id });
    const events = moveAmongTies(file.events, id, direction);
    if (!events) throw new SpoorError('chronology.nothingToMove', `No event with the same date ${direction === 'earlier' ? 'before' : 'after'} “${event.title}”`, { id });
    return { type: 'chronology.move', summary: `Moved “${short(event.title)}” ${direction} among events of the same date`, next: { ...file, events } };
  });
}

/** The proposal for an event from a selection or a coded passage; changes nothing. */
export async function propose(area: ChronologyArea, source: CitationSource): Promise<EventProposalOutput> {
  const file = await area.file();
  let documentId: string;
  let place: { page: number; start: number; end: number };
  let codeIds: string[] = [];
  if ('passageId' in source) {
    const passage = (await area.coding.state()).passages.get(source.passageId);
    if (!passage) throw new SpoorError('coding.passageNotFound', `No passage ${source.passageId}`, { id: source.passageId });
    documentId = passage.documentId;
    place = passage.anchor;
    codeIds = [...new Set(passage.codes.map((application) => application.codeId))];
  } else {
    documentId = source.documentId;
    place = source;
  }
  const record = area.coding.document(documentId);
  const pages = await area.coding.pageTexts(record);
  const text = pages[place.page - 1];
  if (text === undefined) throw new SpoorError('document.pageOutOfRange', `Page ${place.page} of ${pages.length}`, { page: place.page, pageCount: pages.length });
  const anchor = createAnchor(text, place.page, place.start, place.end);
  const proposal = proposeEvent(text, anchor.start, anchor.end, { actors: file.actors, ...(record.metadata?.date ? { referenceDate: record.metadata.date } : {}) });
  return { ...proposal, codeIds, quote: anchor.exact, page: anchor.page, documentTitle: record.title };
}
