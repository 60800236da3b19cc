import type { ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { ChronologyView } from '../chronology/ChronologyView';
import { SignalChainView } from '../chronology/SignalChainView';
import { TimelineView } from '../chronology/TimelineView';
import { AgreementView } from '../coding/AgreementView';
import { OverviewView } from '../overview/OverviewView';
import { RetrievalView } from '../coding/RetrievalView';
import { DocumentsView } from './DocumentsView';
import { SearchView } from './SearchView';
import { IntegrityView } from './IntegrityView';
import { WooView } from './WooView';

/** The views of an open case, in tab order. Each capability adds its own view here. */
export interface CaseView {
  id: string;
  label: MessageKey;
  render: () => ReactNode;
}

/** In the order of the work: read, see the case at a glance, find, understand the release, code, build the chronology, check the evidence. */
export const CASE_VIEWS: readonly CaseView[] = [
  { id: 'documents', label: 'case.documents', render: () => <DocumentsView /> },
  { id: 'overview', label: 'overview.tab', render: () => <OverviewView /> },
  { id: 'search', label: 'search.tab', render: () => <SearchView /> },
  { id: 'woo', label: 'woo.tab', render: () => <WooView /> },
  { id: 'coding', label: 'coding.tab', render: () => <RetrievalView /> },
  { id: 'team', label: 'coding.agreementTab', render: () => <AgreementView /> },
  { id: 'chronology', label: 'chronology.tab', render: () => <ChronologyView /> },
  { id: 'timeline', label: 'chronology.timelineTab', render: () => <TimelineView /> },
  { id: 'signal-chain', label: 'chronology.chainTab', render: () => <SignalChainView /> },
  { id: 'integrity', label: 'integrity.tab', render: () => <IntegrityView /> },
];
