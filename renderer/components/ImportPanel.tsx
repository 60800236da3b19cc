import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { FileRef, ImportProgress, ImportReport } from '../../shared/model/import';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { COMMANDS } from '../commands/catalog';
import { useCommands } from '../commands/CommandsProvider';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
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
  const [progress, setProgress] = useState<ImportProgress | undefined>();
  const [files, setFiles] = useState<ReadonlyMap<number, ImportProgress>>(new Map());
  const [cancelling, setCancelling] = useState(false);
  const [report, setReport] = useState<ImportReport | undefined>();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  useEffect(
    () =>
      platform.api.on('import:progress', (event) => {
        setProgress(event);
        setFiles((previous) => new Map(previous).set(event.fileIndex, event));
      }),
    [platform],
  );

  async function cancel() {
    setCancelling(true);
    try {
      await platform.api.import.cancel({ ...(progress ? { batchId: progress.batchId } : {}) });
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }

  async function importRefs(getRefs: () => Promise<FileRef[]>) {
    setBusy(true);
    setReport(undefined);
    setFiles(new Map());
    setCancelling(false);
    try {
      const refs = await getRefs();
      if (refs.length === 0) return;
      const result = await platform.api.documents.import({ files: refs.map((ref) => ref.id) });
      setReport(result);
      onImported();
    } catch (error) {
      onError(asErrorInfo(error));
    } finally {
      setBusy(false);
      setProgress(undefined);
      setFiles(new Map());
      setCancelling(false);
    }
  }

  function onFilesPicked(files: FileList | null) {
    const upload = platform.uploadFiles;
    if (!files || files.length === 0 || !upload) return;
    const chosen = [...files];
    void importRefs(() => upload(chosen));
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    onFilesPicked(event.dataTransfer.files);
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
        <div
          className={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
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

      {busy && progress ? <ImportProgressView files={files} latest={progress} cancelling={cancelling} onCancel={() => void cancel()} /> : null}

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
          <button type="button" className="link" onClick={() => setReport(undefined)}>
            {t('import.dismiss')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
