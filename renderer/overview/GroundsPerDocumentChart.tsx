import type { GroundsPerDocument } from '../../shared/model/overview';
import { useCaseNavigation } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { ChartSection } from './ChartSection';
import { useOverviewFormat } from './format';
import { HeatMap, HeatTable, type HeatColumn, type HeatRowView } from './HeatMap';

/** Refusal-ground mentions per ground per document; a cell opens the document at its first mention of that ground, the reader stepping through the rest. */
export function GroundsPerDocumentChart({ data }: { data: GroundsPerDocument }) {
  const { t } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const format = useOverviewFormat();
  const { openDocument } = useCaseNavigation();
  const title = t('overview.grounds.title');
  if (data.rows.length === 0) {
    return (
      <ChartSection title={title} summary={t('overview.grounds.none')} testId="overview-grounds">
        {() => null}
      </ChartSection>
    );
  }
  const columns: HeatColumn[] = data.grounds.map((ground) => ({ key: ground, label: ground, title: ground }));
  const rows: HeatRowView[] = data.rows.map((row) => ({ key: row.documentId, label: row.title, counts: row.counts }));
  const mentions = data.rows.reduce((sum, row) => sum + Object.values(row.counts).reduce((a, b) => a + b, 0), 0);
  const summary = t('overview.grounds.summary', { mentions: format.count(mentions, 'mentions'), grounds: format.count(columns.length, 'grounds'), documents: format.count(rows.length, 'documents') });

  async function open(row: HeatRowView, column: HeatColumn) {
    try {
      const hits = await api.overview.groundHits({ documentId: row.key, ground: column.key });
      const pages = [...new Set(hits.map((hit) => hit.page))];
      openDocument({
        documentId: row.key,
        page: pages[0] ?? 1,
        hits: pages.map((page) => ({ page, highlights: hits.filter((hit) => hit.page === page).map((hit) => ({ start: hit.start, end: hit.end, kind: 'search', label: column.key })) })),
      });
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }

  const props = {
    rows,
    columns,
    number: format.number,
    cellName: (row: HeatRowView, column: HeatColumn, count: number) => t('overview.grounds.cell', { document: row.label, ground: column.key, mentions: format.count(count, 'mentions') }),
    onActivate: (row: HeatRowView, column: HeatColumn) => void open(row, column),
  };
  return (
    <ChartSection title={title} summary={summary} testId="overview-grounds">
      {(asTable) =>
        asTable ? <HeatTable {...props} label={title} rowTitle={t('overview.document')} totalTitle={t('overview.total')} /> : <HeatMap {...props} label={`${title}. ${summary}`} />
      }
    </ChartSection>
  );
}
