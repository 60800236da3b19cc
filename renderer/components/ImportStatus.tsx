import { useCaseNavigation } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { cancelImport, useImport } from './import-store';
import { ImportProgressView } from './ImportProgressView';
import '../styles/reader.css';

/** A running import's progress in the status area while another view is shown (the Documents view has it beside the list). */
export function ImportStatus() {
  const { api } = usePlatform();
  const onError = useReportError();
  const { view } = useCaseNavigation();
  const { busy, progress, files, cancelling } = useImport();
  if (!busy || !progress || view === 'documents') return null;
  return (
    <div className="status-banner import-banner">
      <ImportProgressView files={files} latest={progress} cancelling={cancelling} onCancel={() => cancelImport(api).catch((error: unknown) => onError(asErrorInfo(error)))} />
    </div>
  );
}
