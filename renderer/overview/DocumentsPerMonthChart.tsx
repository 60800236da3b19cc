import { useState } from 'react';
import type { DocumentsPerMonth } from '../../shared/model/overview';
import { useCaseNavigation } from '../app/case-navigation';
import { useI18n } from '../app/i18n';
import { BarChart, BarTable, type Bar } from './BarChart';
import { ChartSection } from './ChartSection';
import { useOverviewFormat } from './format';

const UNDATED = 'undated';

/** Documents per month, the undated apart; a bar lists its documents below the chart, each opening in the reader. */
export function DocumentsPerMonthChart({ data }: { data: DocumentsPerMonth }) {
  const { t } = useI18n();
  const format = useOverviewFormat();
  const { openDocument } = useCaseNavigation();
  const [selected, setSelected] = useState<string | undefined>();
  const total = data.documents.length;
  const title = t('overview.documents.title');
  if (total === 0) {
    return (
      <ChartSection title={title} summary={t('overview.documents.none')} testId="overview-documents">
        {() => null}
      </ChartSection>
    );
  }
  const bars: Bar[] = data.months.map(({ month, count }, index) => ({
    key: month,
    value: count,
    label: format.month(month),
    axisLabel: format.shortMonth(month),
    ...(index === 0 || month.endsWith('-01') ? { year: month.slice(0, 4) } : {}),
    name: t('overview.documents.bar', { month: format.month(month), documents: format.count(count, 'documents') }),
  }));
  if (data.undated > 0) {
    const undated = t('overview.undated');
    bars.push({ key: UNDATED, value: data.undated, label: undated, axisLabel: '', year: undated, apart: true, name: t('overview.documents.bar', { month: undated, documents: format.count(data.undated, 'documents') }) });
  }
  const chosen = bars.find((bar) => bar.key === selected);
  const listed = chosen ? data.documents.filter((document) => (document.month ?? UNDATED) === chosen.key) : [];
  const summary = t('overview.documents.summary', { documents: format.count(total, 'documents'), undated: format.number(data.undated) });
  return (
    <ChartSection title={title} summary={summary} note={t('overview.documents.note')} testId="overview-documents">
      {(asTable) => (
        <>
          {asTable ? (
            <BarTable bars={bars} label={title} columns={{ label: t('overview.month'), value: t('overview.total') }} onActivate={setSelected} number={format.number} />
          ) : (
            <BarChart bars={bars} label={`${title}. ${summary}`} axisTitle={t('overview.documents.axis')} role="button" selected={selected} onActivate={setSelected} number={format.number} />
          )}
          {chosen ? (
            <div className="overview-detail" data-testid="month-documents">
              <h3>
                {chosen.key === UNDATED ? t('overview.documents.listUndated') : t('overview.documents.list', { month: chosen.label })} ({format.number(listed.length)})
              </h3>
              <ul>
                {listed.map((document) => (
                  <li key={document.id}>
                    <button type="button" className="link" onClick={() => openDocument({ documentId: document.id })}>
                      {document.title}
                    </button>
                    {document.date ? <span className="muted"> · {document.date.slice(0, 10)}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="muted">{t('overview.documents.chooseBar')}</p>
          )}
        </>
      )}
    </ChartSection>
  );
}
