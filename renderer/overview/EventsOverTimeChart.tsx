import type { EventsOverTime } from '../../shared/model/overview';
import { monthDays } from '../../shared/overview/months';
import { useCaseNavigation } from '../app/case-navigation';
import { useI18n } from '../app/i18n';
import { BarChart, BarTable, type Bar } from './BarChart';
import { ChartSection } from './ChartSection';
import { useOverviewFormat } from './format';

/** Events per month, those whose date reaches beyond the month hatched; a bar opens the chronology filtered to that month. */
export function EventsOverTimeChart({ data }: { data: EventsOverTime }) {
  const { t } = useI18n();
  const format = useOverviewFormat();
  const { showFocused } = useCaseNavigation();
  const title = t('overview.events.title');
  if (data.total === 0) {
    return (
      <ChartSection title={title} summary={t('overview.events.none')} testId="overview-events">
        {() => null}
      </ChartSection>
    );
  }
  const bars: Bar[] = data.months.map(({ month, count, uncertain }, index) => {
    const params = { month: format.month(month), events: format.count(count, 'events'), uncertain: format.number(uncertain) };
    return {
      key: month,
      value: count,
      hatched: uncertain,
      label: format.month(month),
      axisLabel: format.shortMonth(month),
      ...(index === 0 || month.endsWith('-01') ? { year: month.slice(0, 4) } : {}),
      name: uncertain > 0 ? t('overview.events.barUncertain', params) : t('overview.events.bar', params),
    };
  });
  const open = (month: string) => showFocused({ view: 'chronology', ...monthDays(month) });
  const summary = t('overview.events.summary', { events: format.count(data.total, 'events') });
  return (
    <ChartSection title={title} summary={summary} note={t('overview.events.note')} testId="overview-events">
      {(asTable) =>
        asTable ? (
          <BarTable bars={bars} label={title} columns={{ label: t('overview.month'), value: t('overview.total'), hatched: t('overview.events.uncertainColumn') }} onActivate={open} number={format.number} />
        ) : (
          <>
            <BarChart bars={bars} label={`${title}. ${summary}`} axisTitle={t('overview.events.axis')} role="link" onActivate={open} number={format.number} />
            <p className="bar-legend" aria-hidden="true">
              <span className="bar-legend-item">
                <span className="bar-legend-swatch certain" />
                {t('overview.events.certain')}
              </span>
              <span className="bar-legend-item">
                <span className="bar-legend-swatch uncertain" />
                {t('overview.events.uncertain')}
              </span>
            </p>
          </>
        )
      }
    </ChartSection>
  );
}
