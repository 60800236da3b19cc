import { useState } from 'react';
import type { BatchRow } from '../../../shared/model/search';
import { batchCsv, termsFromText } from '../../../shared/search/batch';
import { asErrorInfo } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { useReportError } from '../../app/report-error';

/** A list of names or file numbers checked against the whole case, with a CSV to take away. */
export function BatchSearch({ exact }: { exact: boolean }) {
  const { t } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const [text, setText] = useState('');
  const [syntax, setSyntax] = useState(false);
  const [rows, setRows] = useState<BatchRow[] | undefined>();
  const [busy, setBusy] = useState(false);

  async function run() {
    const terms = termsFromText(text);
    if (terms.length === 0) return;
    setBusy(true);
    try {
      setRows(await api.search.batch({ terms, syntax, exact }));
    } catch (error) {
      onError(asErrorInfo(error));
    } finally {
      setBusy(false);
    }
  }

  function download() {
    if (!rows) return;
    const url = URL.createObjectURL(new Blob([batchCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'spoor-lijst.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <section className="batch-search" aria-label={t('search.batch')}>
      <p className="muted">{t('search.batchIntro')}</p>
      <label className="batch-terms">
        <span>{t('search.batchTerms')}</span>
        <textarea rows={6} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <div className="batch-actions">
        <label className="inline-check">
          <input type="file" accept=".txt,.csv,text/plain" data-testid="batch-file" onChange={(event) => void event.target.files?.[0]?.text().then(setText)} />
          <span>{t('search.batchLoad')}</span>
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={syntax} onChange={(event) => setSyntax(event.target.checked)} />
          <span>{t('search.batchSyntax')}</span>
        </label>
        <button type="button" disabled={busy || text.trim() === ''} onClick={() => void run()}>
          {t('search.batchRun')}
        </button>
        <button type="button" disabled={!rows} onClick={download}>
          {t('search.batchCsv')}
        </button>
      </div>
      {rows ? (
        <table className="batch-table">
          <thead>
            <tr>
              <th>{t('search.batchTerm')}</th>
              <th>{t('search.batchHits')}</th>
              <th>{t('search.batchDocuments')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.term}>
                <td>{row.term}</td>
                <td className="number">{row.hits}</td>
                <td>{row.problem ?? row.documents.map((doc) => `${doc.title} (${doc.hits})`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
