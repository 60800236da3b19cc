import { useEffect, useState } from 'react';
import type { CooccurrenceReport, RetrievedPassage } from '../../shared/contract/coding';
import type { Codebook } from '../../shared/model/coding';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { PassageResults } from './PassageResults';

/** The code co-occurrence matrix; a cell opens the passages behind it. */
export function CooccurrenceView({ codebook }: { codebook: Codebook | undefined }) {
  const { t } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const [analysts, setAnalysts] = useState<string[]>([]);
  const [analyst, setAnalyst] = useState('');
  const [matrix, setMatrix] = useState<CooccurrenceReport>();
  const [cell, setCell] = useState<{ a: string; b: string; result: { total: number; items: RetrievedPassage[] } }>();

  useEffect(() => {
    api.coding
      .cooccurrence(analyst ? { analyst } : {})
      .then(setMatrix)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, analyst, onError]);

  useEffect(() => {
    api.coding
      .analysts()
      .then(setAnalysts)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError]);

  function open(a: string, b: string, passageIds: string[]) {
    api.coding
      .retrieve({ passageIds, sort: 'date' })
      .then((result) => setCell({ a, b, result }))
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }

  if (!matrix || !codebook) return null;
  if (matrix.codeIds.length === 0) return <p className="muted">{t('retrieval.noCounts')}</p>;
  const cells = new Map(matrix.cells.map((c) => [`${c.a}|${c.b}`, c]));
  const at = (x: string, y: string) => cells.get(x <= y ? `${x}|${y}` : `${y}|${x}`);
  const color = (id: string) => codebook.codes.find((code) => code.id === id)?.color ?? '#888888';
  const max = Math.max(1, ...matrix.cells.filter((c) => c.a !== c.b).map((c) => c.count));

  return (
    <div className="cooccurrence">
      {analysts.length > 1 ? (
        <label>
          <span>{t('retrieval.analystFilter')}</span>
          <select value={analyst} onChange={(event) => setAnalyst(event.target.value)}>
            <option value="">{t('retrieval.allAnalysts')}</option>
            {analysts.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <p className="muted">{t('retrieval.matrixHint')}</p>
      <div className="table-scroll">
        <table className="matrix" aria-label={t('retrieval.cooccurrence')}>
          <thead>
            <tr>
              <th />
              {matrix.codeIds.map((id) => (
                <th key={id} scope="col">
                  <span className="swatch" style={{ backgroundColor: color(id) }} aria-hidden="true" /> {id}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.codeIds.map((row) => (
              <tr key={row}>
                <th scope="row">
                  <span className="swatch" style={{ backgroundColor: color(row) }} aria-hidden="true" /> {row}
                </th>
                {matrix.codeIds.map((column) => {
                  const value = at(row, column);
                  if (!value) return <td key={column} />;
                  const strength = row === column ? 0 : value.count / max;
                  return (
                    <td key={column} className={row === column ? 'diagonal' : undefined} style={strength > 0 ? { backgroundColor: `rgba(31, 95, 139, ${0.08 + strength * 0.3})` } : undefined}>
                      <button
                        type="button"
                        className="link"
                        aria-label={t('retrieval.cellTitle', { a: row, b: column, count: value.count })}
                        onClick={() => open(row, column, value.passageIds)}
                      >
                        {value.count}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cell ? (
        <section className="cell-passages">
          <h3>{t('retrieval.cellPassages', { a: cell.a, b: cell.b })}</h3>
          <PassageResults items={cell.result.items} total={cell.result.total} codebook={codebook} label={t('retrieval.cellPassages', { a: cell.a, b: cell.b })} />
        </section>
      ) : null}
    </div>
  );
}
