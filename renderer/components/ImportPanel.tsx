import { useRef } from 'react';
import type { FileRef } from '../../shared/model/import';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { COMMANDS } from '../commands/catalog';
import { useCommands } from '../commands/CommandsProvider';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { cancelImport, dismissImportReport, runImport, useImport } from './import-store';
import { ImportProgressView } from './ImportProgressView';

interface Props {
  onImported: () => void;
}

/** Import button (native dialog in Electron, file picker and drop zone in the browser), progress, and per-file results. */
export function ImportPanel({ onImported }: Props) {
  const { t, describe } = useI18n();
  const onError = useReportError();
  const platform = usePlatform();
  const input = useRef<HTMLInputElement>(null);
  const { busy, progress, files, cancelling, report } = useImport();

  function cancel() {
    cancelImport(platform.api).catch((error: unknown) => onError(asErrorInfo(error)));
  }

  function importRefs(getRefs: () => Promise<FileRef[]>) {
    return runImport(platform.api, getRefs, onImported, onError);
  }

  function onFilesPicked(files: FileList | null) {
    const upload = platform.uploadFiles;
    if (!files || files.length === 0 || !upload) return;
    const chosen = [...files];
    void importRefs(() => upload(chosen));
  }

  const chooseFiles = platform.chooseFiles;
  useCommands([{ ...COMMANDS.importFiles, available: () => !busy, run: () => (chooseFiles ? void importRefs(chooseFiles) : input.current?.click()) }]);
  const counts = report
    ? {
        imported: report.results.filter((r) => r.status === 'imported').length,
        duplicates: report.results.filter((r) => r.status === 'duplicate').length,
        failed: report.results.filter((r) => r.status === 'failed').length,
        cancelled: report.results.filter((r) => r.status === 'cancelled').length,
      }
    : undefined;

  return (
    <section className="import-panel">
      {chooseFiles ? (
        <button type="button" disabled={busy} onClick={() => void importRefs(chooseFiles)}>
          {t('import.button')}
        </button>
      ) : (
        // Dropping works anywhere on the case window (CaseDropTarget); this zone says so and offers the picker.
        <div className="drop-zone">
          <p>{t('import.drop')}</p>
          <button type="button" disabled={busy} onClick={() => input.current?.click()}>
            {t('import.button')}
          </button>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            data-testid="import-input"
            onChange={(event) => {
              onFilesPicked(event.target.files);
              event.target.value = '';
            }}
          />
        </div>
      )}

      {busy && progress ? <ImportProgressView files={files} latest={progress} cancelling={cancelling} onCancel={cancel} /> : null}

      {report && counts ? (
        <div className="import-report" role="status" aria-label={t('import.reportLabel')}>
          <p>{t('import.summary', counts)}</p>
          {counts.cancelled > 0 ? <p>{t('import.summaryCancelled', counts)}</p> : null}
          <ul>
            {report.results.map((result, index) =>
              result.status === 'failed' ? (
                <li key={index} className="import-failed">
                  {t('import.failedFile', { file: result.file, message: describe(result.error) })}
                </li>
              ) : result.status === 'imported' && result.warnings ? (
                <li key={index} className="import-warnings">
                  {t('import.warningsOf', { file: result.file })}
                  <ul>
                    {result.warnings.map((warning, n) => (
                      <li key={n}>{describe(warning)}</li>
                    ))}
                  </ul>
                </li>
              ) : null,
            )}
          </ul>
          <button type="button" className="link" onClick={dismissImportReport}>
            {t('import.dismiss')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
