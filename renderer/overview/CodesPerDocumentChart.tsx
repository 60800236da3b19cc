import type { CodesPerDocument } from '../../shared/model/overview';
import { useCaseNavigation } from '../app/case-navigation';
import { useI18n } from '../app/i18n';
import { ChartSection } from './ChartSection';
import { useOverviewFormat } from './format';
import { HeatMap, HeatTable, type HeatColumn, type HeatRowView } from './HeatMap';

/** Coded passages per code per document; a cell opens the Codes tab with that code's passages in that document. */
export function CodesPerDocumentChart({ data }: { data: CodesPerDocument }) {
  const { t, language } = useI18n();
  const format = useOverviewFormat();
  const { showFocused } = useCaseNavigation();
  const title = t('overview.codes.title');
  if (data.rows.length === 0) {
    return (
      <ChartSection title={title} summary={t('overview.codes.none')} testId="overview-codes">
        {() => null}
      </ChartSection>
    );
  }
  const columns: HeatColumn[] = data.codes.map((code) => ({ key: code.id, label: code.id, title: `${code.id} ${code.label[language]}`, swatch: code.color }));
  const rows: HeatRowView[] = data.rows.map((row) => ({ key: row.documentId, label: row.title, counts: row.counts }));
  const passages = data.rows.reduce((sum, row) => sum + Object.values(row.counts).reduce((a, b) => a + b, 0), 0);
  const summary = t('overview.codes.summary', { passages: format.count(passages, 'passages'), documents: format.count(rows.length, 'documents'), codes: format.count(columns.length, 'codes') });
  const props = {
    rows,
    columns,
    number: format.number,
    cellName: (row: HeatRowView, column: HeatColumn, count: number) => t('overview.codes.cell', { document: row.label, code: column.title, passages: format.count(count, 'passages') }),
    onActivate: (row: HeatRowView, column: HeatColumn) => showFocused({ view: 'coding', codeId: column.key, documentId: row.key, documentTitle: row.label }),
  };
  return (
    <ChartSection title={title} summary={summary} testId="overview-codes">
      {(asTable) =>
        asTable ? <HeatTable {...props} label={title} rowTitle={t('overview.document')} totalTitle={t('overview.total')} /> : <HeatMap {...props} label={`${title}. ${summary}`} />
      }
    </ChartSection>
  );
}
