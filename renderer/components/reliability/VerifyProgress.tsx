import { useEffect, useState } from 'react';
import { secondsLeft, timeLeftText } from '../../../shared/progress/time-left';
import { useI18n } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { stopIntegrityCheck, type IntegrityState } from './integrity-store';
import '../../styles/reader.css';

/** Only work that takes longer than this shows its progress: a quick check should not flash a bar. */
const SHOW_AFTER_MS = 1000;

/**
 * The running integrity check: documents done of total, a bar, the time
 * left and a stop button. Not modal: it sits in the status area above the
 * case's views, so reading and coding go on while the originals are hashed.
 */
export function VerifyProgress({ integrity }: { integrity: IntegrityState }) {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const [shown, setShown] = useState(false);
  const [stopping, setStopping] = useState(false);
  const { running, startedAt, progress } = integrity;

  useEffect(() => {
    setShown(false);
    setStopping(false);
    if (!running) return;
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [running, startedAt]);

  if (!running || !shown) return null;
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  const fraction = total > 0 ? done / total : 0;
  const left = startedAt === undefined ? undefined : secondsLeft({ startedAt, now: Date.now(), fraction });
  const count = (value: number) => value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <div className="status-banner progress-banner" role="status" aria-label={t('progress.verifyLabel')}>
      <span>{t('integrity.checking', { done: count(done), total: count(total) })}</span>
      <progress max={total || 1} value={done} aria-label={t('progress.verifyLabel')} />
      <span className="muted">{left === undefined ? t('progress.estimating') : timeLeftText(language, left)}</span>
      <button
        type="button"
        className="secondary"
        disabled={stopping}
        onClick={() => {
          setStopping(true);
          void stopIntegrityCheck(api);
        }}
      >
        {stopping ? t('progress.stopping') : t('progress.stopVerify')}
      </button>
    </div>
  );
}
