import { useEffect, useState } from 'react';
import type { Overview } from '../../shared/model/overview';
import { useCaseNavigation } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { CodesPerDocumentChart } from './CodesPerDocumentChart';
import { DocumentsPerMonthChart } from './DocumentsPerMonthChart';
import { EventsOverTimeChart } from './EventsOverTimeChart';
import { GroundsPerDocumentChart } from './GroundsPerDocumentChart';
import '../styles/overview.css';

/** The Overview tab: four charts of what the case holds, each leading to what it counts. */
export function OverviewView() {
  const { t } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const { documentsVersion } = useCaseNavigation();
  const [overview, setOverview] = useState<Overview | undefined>();

  useEffect(() => {
    let current = true;
    api.overview
      .get()
      .then((loaded) => current && setOverview(loaded))
      .catch((error: unknown) => onError(asErrorInfo(error)));
    return () => {
      current = false;
    };
  }, [api, onError, documentsVersion]);

  return (
    <main className="overview-view" aria-label={t('overview.heading')}>
      <p className="muted">{t('overview.keys')}</p>
      {overview ? (
        <>
          <DocumentsPerMonthChart data={overview.documents} />
          <CodesPerDocumentChart data={overview.codes} />
          <GroundsPerDocumentChart data={overview.grounds} />
          <EventsOverTimeChart data={overview.events} />
        </>
      ) : null}
    </main>
  );
}
