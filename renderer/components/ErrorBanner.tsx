import type { ErrorInfo } from '../../shared/errors';
import { useI18n } from '../app/i18n';

export function ErrorBanner({ error, onDismiss }: { error: ErrorInfo | undefined; onDismiss: () => void }) {
  const { t, describe } = useI18n();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <strong>{t('error.title')}:</strong> <span>{describe(error)}</span>
      <button type="button" className="link" onClick={onDismiss}>
        {t('import.dismiss')}
      </button>
    </div>
  );
}
