import type { ChronologyEvent } from '../model/chronology';
import type { Codebook, Passage } from '../model/coding';
import type { DocumentRecord } from '../model/document';
import type { Overview } from '../model/overview';
import { documentsPerMonth } from './documents';
import { eventsOverTime } from './events';
import { codesPerDocument, groundsPerDocument } from './heat-maps';

/** What the case holds that the overview reads: nothing but what is already in memory or in documents.json. */
export interface OverviewSources {
  records: readonly DocumentRecord[];
  passages: readonly Passage[];
  codebook: Codebook;
  events: readonly ChronologyEvent[];
}

/** The four charts of the Overview tab. */
export function buildOverview({ records, passages, codebook, events }: OverviewSources): Overview {
  const documents = documentsPerMonth(records);
  return {
    documents,
    codes: codesPerDocument(passages, codebook, records, documents.documents),
    grounds: groundsPerDocument(records, documents.documents),
    events: eventsOverTime(events),
  };
}
