import { useEffect } from 'react';
import type { CaseSummary } from '../../../shared/model/case';
import { useCaseNavigation } from '../../app/case-navigation';
import { useI18n } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { resetIntegrity, runIntegrityCheck, useIntegrity } from './integrity-store';
import { VerifyProgress } from './VerifyProgress';
import '../../styles/reliability.css';

/**
 * Above every view of an open case: says when it is read-only, runs the
 * integrity check once on opening (every original's SHA-256), and warns when
 * it finds a problem.
 */
export function CaseStatus({ summary }: { summary: CaseSummary }) {
  const { t } = useI18n();
  const { api } = usePlatform();
  const { showView } = useCaseNavigation();
  const integrity = useIntegrity();

  useEffect(() => {
    resetIntegrity();
    void runIntegrityCheck(api);
  }, [api, summary.path]);

  const problems = integrity.report?.problems.length ?? 0;
  return (
    <>
      {summary.readOnly ? (
        <div className="status-banner warning" role="status">
          {t('readOnly.banner')}
        </div>
      ) : null}
      <VerifyProgress integrity={integrity} />
      {problems > 0 ? (
        <div className="status-banner danger" role="alert" aria-label={t('integrity.bannerLabel')}>
          {t('integrity.banner', { count: problems })}{' '}
          <button type="button" className="link" onClick={() => showView('integrity')}>
            {t('integrity.tab')}
          </button>
        </div>
      ) : null}
    </>
  );
}
