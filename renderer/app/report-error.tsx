import { createContext, useContext } from 'react';
import type { ErrorInfo } from '../../shared/errors';

/** Shows an error in the banner at the top of the window. */
export const ReportErrorContext = createContext<((error: ErrorInfo) => void) | undefined>(undefined);

export function useReportError(): (error: ErrorInfo) => void {
  const report = useContext(ReportErrorContext);
  if (!report) throw new Error('useReportError outside the app');
  return report;
}
