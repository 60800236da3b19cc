import { useState } from 'react';
import type { ErrorInfo } from '../../../shared/errors';
import type { CaseSummary } from '../../../shared/model/case';
import { asErrorInfo } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import '../../styles/reliability.css';

/** Errors on opening a case that the person can resolve here: a lock, or a damaged file with a backup. */
export function isResolvableOpenError(error: ErrorInfo): boolean {
  return error.code === 'case.locked' || (error.code === 'case.corrupt' && typeof error.details['backup'] === 'string');
}

interface Props {
  error: ErrorInfo;
  onOpened: (summary: CaseSummary) => void;
  onCancel: () => void;
}

/**
 * Shown instead of the plain error banner when a case is locked (take over,
 * or open read-only) or damaged with a backup to restore.
 */
export function OpenProblemDialog({ error, onOpened, onCancel }: Props) {
  const { t, describe, dateTime } = useI18n();
  const { api } = usePlatform();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorInfo | undefined>();
  const casePath = String(error.details['path'] ?? '');

  async function attempt(action: () => Promise<CaseSummary>) {
    setBusy(true);
    setFailure(undefined);
    try {
      onOpened(await action());
    } catch (caught) {
      setFailure(asErrorInfo(caught));
    } finally {
      setBusy(false);
    }
  }

  const locked = error.code === 'case.locked';
  const params = { ...error.details, since: dateTime(String(error.details['since'] ?? '')) };
  return (
    <div className="open-problem card" role="alertdialog" aria-labelledby="open-problem-title" aria-describedby="open-problem-text">
      <h2 id="open-problem-title">{t(locked ? 'lock.title' : 'corrupt.title')}</h2>
      <p id="open-problem-text">{locked ? t(error.details['stale'] === 'yes' ? 'lock.stale' : 'lock.live', params) : describe(error)}</p>
      {locked ? null : <p>{t('corrupt.restoreOffer', { time: dateTime(String(error.details['backupTime'] ?? '')) })}</p>}
      <p className="muted path">{casePath}</p>
      {failure ? <p className="open-problem-failure">{describe(failure)}</p> : null}
      <div className="open-problem-actions">
        {locked ? (
          <>
            <button type="button" disabled={busy} onClick={() => void attempt(() => api.case.open({ path: casePath, takeOver: true }))}>
              {t('lock.takeOver')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => void attempt(() => api.case.open({ path: casePath, readOnly: true }))}>
              {t('lock.readOnly')}
            </button>
          </>
        ) : (
          <button
            type="button"
            disabled={busy}
            onClick={() => void attempt(async () => (await api.case.restore({ path: casePath, backupId: String(error.details['backup']) })).summary)}
          >
            {t('corrupt.restore')}
          </button>
        )}
        <button type="button" className="link" disabled={busy} onClick={onCancel}>
          {t('lock.cancel')}
        </button>
      </div>
    </div>
  );
}
