import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../app/i18n';

interface Props {
  title: string;
  /** One sentence with the totals, above the chart. */
  summary: string;
  note?: string;
  testId: string;
  /** The chart, or the same numbers as a table. */
  children: (asTable: boolean) => ReactNode;
}

/** One chart of the Overview: heading, totals, a switch to a plain table, the chart. */
export function ChartSection({ title, summary, note, testId, children }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section className="card overview-section" aria-labelledby={headingId} data-testid={testId}>
      <header className="overview-section-header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="toggle" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {t('overview.showTable')}
        </button>
      </header>
      <p className="overview-summary">{summary}</p>
      {note ? <p className="muted overview-note">{note}</p> : null}
      {children(asTable)}
    </section>
  );
}
