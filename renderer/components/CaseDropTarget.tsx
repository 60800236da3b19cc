import { useEffect, useRef, useState } from 'react';
import { useCaseNavigation } from '../app/case-navigation';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { collectDroppedFiles, MAX_DROPPED_FILES, MAX_FOLDER_DEPTH, type DroppedEntry, type DroppedFiles } from './dropped-files';
import type { FileRef } from '../../shared/model/import';
import { runImport, useImport } from './import-store';
import '../styles/reader.css';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** What was dropped, folders walked: entries where the browser gives them, else the plain file list. */
async function droppedFiles(transfer: DataTransfer): Promise<DroppedFiles> {
  const entries = [...transfer.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
    return entry ? [entry as unknown as DroppedEntry] : [];
  });
  if (entries.length > 0) return collectDroppedFiles(entries);
  return { files: [...transfer.files].slice(0, MAX_DROPPED_FILES), tooMany: transfer.files.length > MAX_DROPPED_FILES, tooDeep: false };
}

/**
 * Electron: the dropped items go to the preload as they are, which reads
 * their paths; main walks the folders. Taken during the drop event, after
 * which the transfer is empty.
 */
function grantingDrop(grant: (files: readonly File[]) => Promise<FileRef[]>, transfer: DataTransfer): () => Promise<FileRef[]> {
  const items = [...transfer.files];
  return async () => (items.length > 0 ? grant(items) : []);
}

/**
 * Files and folders dropped anywhere on the open case are imported: while
 * something is dragged over the window, an overlay says so. Folders are
 * walked (within limits, which a notice names when reached).
 */
export function CaseDropTarget() {
  const { t, language } = useI18n();
  const platform = usePlatform();
  const onError = useReportError();
  const { documentsChanged } = useCaseNavigation();
  const { busy } = useImport();
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  // dragenter and dragleave fire for every element crossed; the window is left when they balance out.
  const depth = useRef(0);
  const state = useRef({ busy, documentsChanged, onError });
  state.current = { busy, documentsChanged, onError };

  const { grantDroppedFiles: grant, uploadFiles: upload } = platform;
  useEffect(() => {
    if (!grant && !upload) return;
    function enter(event: DragEvent) {
      if (!carriesFiles(event)) return;
      depth.current += 1;
      setDragging(true);
    }
    function over(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = state.current.busy ? 'none' : 'copy';
    }
    function leave(event: DragEvent) {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    }
    /** Headless host: the folders are walked here and the files uploaded. */
    function uploadingDrop(transfer: DataTransfer): () => Promise<FileRef[]> {
      // The entries must be taken during the drop event; reading them may go on after it.
      const collecting = droppedFiles(transfer);
      return async () => {
        const dropped = await collecting;
        const notes = [
          dropped.tooMany ? t('drop.tooMany', { count: MAX_DROPPED_FILES.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB') }) : '',
          dropped.tooDeep ? t('drop.tooDeep', { depth: MAX_FOLDER_DEPTH }) : '',
        ].filter(Boolean);
        setNotice(notes.length > 0 ? notes.join(' ') : undefined);
        return dropped.files.length > 0 && upload ? upload(dropped.files) : [];
      };
    }
    function drop(event: DragEvent) {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      if (state.current.busy) return;
      const { documentsChanged, onError } = state.current;
      const getRefs = grant ? grantingDrop(grant, event.dataTransfer) : uploadingDrop(event.dataTransfer);
      void runImport(platform.api, getRefs, documentsChanged, onError);
    }
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [platform, grant, upload, t, language]);

  return (
    <>
      {dragging ? (
        <div className="drop-overlay" data-testid="drop-overlay">
          <p>{busy ? t('drop.busy') : t('drop.release')}</p>
        </div>
      ) : null}
      {notice ? (
        <div className="status-banner warning" role="alert">
          {notice}{' '}
          <button type="button" className="link" onClick={() => setNotice(undefined)}>
            {t('import.dismiss')}
          </button>
        </div>
      ) : null}
    </>
  );
}
