import type { Handlers } from '../../../../shared/contract/dispatch';
import { groundHits } from '../../../../shared/overview/heat-maps';
import { buildOverview } from '../../../../shared/overview/overview';
import type { ChronologyArea } from '../../chronology/chronology-area';
import type { CodingArea } from '../../coding/coding-area';
import type { CoreDeps } from './context';

type OverviewChannels = Extract<keyof Handlers, `overview:${string}`>;

/** The Overview tab's charts, from what the case already holds in memory (documents, passages, events): no page text is read. */
export function overviewHandlers({ service }: CoreDeps, coding: CodingArea, chronology: ChronologyArea): Pick<Handlers, OverviewChannels> {
  return {
    'overview:get': async () => {
      const state = await coding.state();
      const { events } = await chronology.file();
      return buildOverview({ records: service.requireStore().listDocuments(), passages: state.allPassages(), codebook: state.codebook, events });
    },
    'overview:groundHits': async ({ documentId, ground }) => groundHits(await service.getAllPages(documentId), ground),
  };
}
