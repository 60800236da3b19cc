import { useEffect, useState } from 'react';
import type { Output } from '../../shared/contract';
import type { Codebook } from '../../shared/model/coding';
import { useCaseNavigation } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';

/** Passages per code per document, documents in date order. */
export function CountsView({ codebook }: { codebook: Codebook | undefined }) {
  const { t } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const { openDocument } = useCaseNavigation();
  const [counts, setCounts] = useState<Output<'coding:counts'>>();

  useEffect(() => {
    api.coding
      .counts()
      .then(setCounts)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError]);

  if (!counts || !codebook) return null;
  if (counts.rows.length === 0) return <p className="muted">{t('retrieval.noCounts')}</p>;
  const used = new Set(counts.rows.flatMap((row) => Object.keys(row.counts)));
  const codes = codebook.codes.filter((code) => used.has(code.id));
  const documents = [...counts.documents].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title));
  const rowOf = new Map(counts.rows.map((row) => [row.documentId, row.counts]));
  return (
    <div className="table-scroll">
      <table className="counts-table" aria-label={t('retrieval.counts')}>
        <thead>
          <tr>
            <th>{t('retrieval.document')}</th>
            {codes.map((code) => (
              <th key={code.id} title={code.label.nl}>
                <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" /> {code.id}
              </th>
            ))}
            <th>{t('retrieval.total')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => {
            const row = rowOf.get(doc.documentId) ?? {};
            return (
              <tr key={doc.documentId}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => openDocument({ documentId: doc.documentId })}>
                    {doc.title}
                  </button>
                  {doc.date ? <span className="muted"> · {doc.date}</span> : null}
                </th>
                {codes.map((code) => (
                  <td key={code.id}>{row[code.id] ?? ''}</td>
                ))}
                <td>{Object.values(row).reduce((a, b) => a + b, 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
