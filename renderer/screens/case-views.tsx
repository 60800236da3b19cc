import type { ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { DocumentsView } from './DocumentsView';
import { IntegrityView } from './IntegrityView';

/** The views of an open case, in tab order. Each capability adds its own view here. */
export interface CaseView {
  id: string;
  label: MessageKey;
  render: () => ReactNode;
}

export const CASE_VIEWS: readonly CaseView[] = [
  { id: 'documents', label: 'case.documents', render: () => <DocumentsView /> },
  { id: 'integrity', label: 'integrity.tab', render: () => <IntegrityView /> },
];
