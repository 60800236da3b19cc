import { chronologicalOrder } from '../../../../shared/chronology/events/order';
import { DONE } from '../../../../shared/contract/common';
import type { Handlers } from '../../../../shared/contract/dispatch';
import { addActor, deleteActor, mergeActors, updateActor } from '../../chronology/actors';
import type { ChronologyArea } from '../../chronology/chronology-area';
import { addCitation, addEvent, deleteEvent, moveEvent, propose, removeCitation, setSignal, updateEvent } from '../../chronology/events';
import { exportDownload } from '../../chronology/export';
import type { CoreDeps } from './context';

type ChronologyChannels = Extract<keyof Handlers, `chronology:${string}`>;

/** Events, actors and signal links of the open case, and their exports. The area shares the coding area (codebook, passages, texts). */
export function chronologyHandlers(_deps: CoreDeps, area: ChronologyArea): Pick<Handlers, ChronologyChannels> {
  return {
    'chronology:get': async () => {
      const file = await area.checkCitations();
      const store = area.store();
      const cited = new Set(file.events.flatMap((event) => event.citations.map((citation) => citation.documentId)));
      const documents = store
        .listDocuments()
        .filter((doc) => cited.has(doc.id))
        .map((doc) => ({ id: doc.id, sha256: doc.sha256, title: doc.title, ...(doc.metadata?.date ? { date: doc.metadata.date } : {}) }));
      return { actors: file.actors, events: chronologicalOrder(file.events), documents, history: area.history() };
    },
    'chronology:propose': (source) => propose(area, source),
    'chronology:addEvent': (input) => addEvent(area, input),
    'chronology:updateEvent': ({ id, ...patch }) => updateEvent(area, id, patch),
    'chronology:deleteEvent': async ({ id }) => {
      await deleteEvent(area, id);
      return DONE;
    },
    'chronology:addCitation': ({ eventId, source }) => addCitation(area, eventId, source),
    'chronology:removeCitation': ({ eventId, citationId }) => removeCitation(area, eventId, citationId),
    'chronology:move': async ({ id, direction }) => {
      await moveEvent(area, id, direction);
      return DONE;
    },
    'chronology:setSignal': ({ eventId, signal }) => setSignal(area, eventId, signal),
    'chronology:addActor': (input) => addActor(area, input),
    'chronology:updateActor': ({ id, ...patch }) => updateActor(area, id, patch),
    'chronology:mergeActors': ({ sourceId, targetId }) => mergeActors(area, sourceId, targetId),
    'chronology:deleteActor': async ({ id }) => {
      await deleteActor(area, id);
      return DONE;
    },
    'chronology:undo': async () => {
      await area.undo();
      return area.history();
    },
    'chronology:redo': async () => {
      await area.redo();
      return area.history();
    },
    'chronology:export': ({ format, options }) => exportDownload(area, format, options),
  };
}
