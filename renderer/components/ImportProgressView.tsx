import type { ImportProgress } from '../../shared/model/import';
import { timeLeftText } from '../../shared/progress/time-left';
import { useI18n } from '../app/i18n';
import '../styles/import.css';

interface Props {
  /** The latest event of each file still in flight, by file index. */
  files: ReadonlyMap<number, ImportProgress>;
  latest: ImportProgress;
  cancelling: boolean;
  onCancel: () => void;
}

/** The running import: one line per file in progress (page by page), the whole batch as a bar with the time left, and cancel. */
export function ImportProgressView({ files, latest, cancelling, onCancel }: Props) {
  const { t, language } = useI18n();
  const percent = Math.floor(latest.fraction * 100);
  const active = [...files.values()].filter((file) => !['done', 'failed', 'cancelled'].includes(file.phase));
  return (
    <div className="import-progress" role="status" aria-label={t('import.progressLabel')}>
      <ul className="import-files">
        {active.map((file) => (
          <li key={file.fileIndex}>
            <div className="import-file-name" title={file.fileName}>
              {file.fileName}
            </div>
            <div className="muted">
              {t('import.fileOf', { index: file.fileIndex + 1, count: file.fileCount })}
              {' · '}
              {t(`import.phase.${file.phase}`)}
              {file.pageCount ? ` · ${t('import.page', { page: file.page ?? 0, pageCount: file.pageCount })}` : ''}
            </div>
          </li>
        ))}
      </ul>
      <progress max={100} value={percent} aria-label={t('import.overall', { percent })} />
      <div className="import-progress-line">
        <span>{t('import.overall', { percent })}</span>
        <span className="muted">{latest.etaSeconds !== undefined ? timeLeftText(language, latest.etaSeconds) : t('progress.estimating')}</span>
        <button type="button" className="secondary" disabled={cancelling} onClick={onCancel}>
          {cancelling ? t('import.cancelling') : t('import.cancel')}
        </button>
      </div>
    </div>
  );
}
