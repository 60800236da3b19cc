import type { MessageKey } from '../i18n';

/**
 * The tabs of an open case, in the order of the work: read, see the case at
 * a glance, find, understand the release, code, build the chronology, check
 * the evidence. The renderer draws them; the native menu lists them.
 */
export const CASE_TABS = [
  { id: 'documents', label: 'case.documents' },
  { id: 'overview', label: 'overview.tab' },
  { id: 'search', label: 'search.tab' },
  { id: 'woo', label: 'woo.tab' },
  { id: 'coding', label: 'coding.tab' },
  { id: 'team', label: 'coding.agreementTab' },
  { id: 'chronology', label: 'chronology.tab' },
  { id: 'timeline', label: 'chronology.timelineTab' },
  { id: 'signal-chain', label: 'chronology.chainTab' },
  { id: 'integrity', label: 'integrity.tab' },
] as const satisfies ReadonlyArray<{ id: string; label: MessageKey }>;

export type CaseTabId = (typeof CASE_TABS)[number]['id'];
