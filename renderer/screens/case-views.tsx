import type { ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { DocumentsView } from './DocumentsView';
import { WooView } from './WooView';

/** The views of an open case, in tab order. Each capability adds its own view here. */
export interface CaseView {
  id: string;
  label: MessageKey;
  render: () => ReactNode;
}

export const CASE_VIEWS: readonly CaseView[] = [
  { id: 'documents', label: 'case.documents', render: () => <DocumentsView /> },
  { id: 'woo', label: 'woo.tab', render: () => <WooView /> },
];
