import type { ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { CASE_TABS, type CaseTabId } from '../../shared/model/case-tabs';
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

/** The views of an open case, drawn as tabs in the order of CASE_TABS. */
export interface CaseView {
  id: CaseTabId;
  label: MessageKey;
  render: () => ReactNode;
}

const VIEWS: Record<CaseTabId, () => ReactNode> = {
  documents: () => <DocumentsView />,
  overview: () => <OverviewView />,
  search: () => <SearchView />,
  woo: () => <WooView />,
  coding: () => <RetrievalView />,
  team: () => <AgreementView />,
  chronology: () => <ChronologyView />,
  timeline: () => <TimelineView />,
  'signal-chain': () => <SignalChainView />,
  integrity: () => <IntegrityView />,
};

export const CASE_VIEWS: readonly CaseView[] = CASE_TABS.map((tab) => ({ ...tab, render: VIEWS[tab.id] }));
