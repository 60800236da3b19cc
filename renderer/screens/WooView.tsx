import { useCallback, useEffect, useState } from 'react';
import type { WooReport } from '../../shared/model/woo';
import { useCaseNavigation } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { BundleSection } from '../components/woo/BundleSection';
import { GroundChips } from '../components/woo/GroundChips';
import { ReleaseSection } from '../components/woo/ReleaseSection';
import '../styles/woo.css';

/** The Woo view: refusal grounds in the case, each release's reconciliation, the bundles' parts, the inventories' problems. */
export function WooView() {
  const { t } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const { documentsVersion, openDocument } = useCaseNavigation();
  const [report, setReport] = useState<WooReport | undefined>();

  const refresh = useCallback(() => {
    api.woo
      .report()
      .then(setReport)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError]);

  useEffect(refresh, [refresh, documentsVersion]);

  if (!report) return null;
  const empty = report.documents.length === 0 && report.inventories.length === 0 && report.bundles.length === 0;
  return (
    <div className="woo-view">
      <header className="woo-header">
        <div>
          <h2>{t('woo.totals')}</h2>
          {Object.keys(report.totals).length > 0 ? (
            <div data-testid="ground-totals">
              <GroundChips counts={report.totals} />
            </div>
          ) : (
            <p className="muted">{t('woo.noGrounds')}</p>
          )}
        </div>
        <button type="button" onClick={refresh}>
          {t('woo.refresh')}
        </button>
      </header>
      {empty ? <p className="muted">{t('woo.empty')}</p> : null}

      {report.releases.map((release) => (
        <ReleaseSection key={`${release.inventoryId}/${release.sheet}`} release={release} />
      ))}

      {report.inventories.length > 0 ? (
        <section className="card">
          <h2>{t('woo.inventories')}</h2>
          <ul className="woo-inventories">
            {report.inventories.map((inventory) => (
              <li key={`${inventory.documentId}/${inventory.sheet}`}>
                {inventory.ok
                  ? t('woo.inventoryOk', { title: inventory.title, sheet: inventory.sheet, rows: inventory.rowCount, headerRow: inventory.headerRow })
                  : t('woo.inventoryFailed', { title: inventory.title, sheet: inventory.sheet, missing: (inventory.missingColumns ?? []).join(', ') })}
                {inventory.issues.length > 0 ? (
                  <ul className="woo-issues">
                    {inventory.issues.map((issue, index) => (
                      <li key={index}>{t(`woo.issue.${issue.code}`, { row: issue.row, column: issue.column ?? '', value: issue.value ?? '' })}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {report.bundles.map((bundle) => (
        <BundleSection key={bundle.documentId} bundle={bundle} />
      ))}

      {report.documents.length > 0 ? (
        <section className="card">
          <h2>{t('woo.documents')}</h2>
          <table className="woo-table" data-testid="document-grounds">
            <tbody>
              {report.documents.map((document) => (
                <tr key={document.id}>
                  <td>
                    <button type="button" className="link" onClick={() => openDocument({ documentId: document.id })}>
                      {document.title}
                    </button>
                  </td>
                  <td>
                    <GroundChips counts={document.grounds} />
                  </td>
                  <td className="woo-pages">
                    {document.pages.slice(0, 40).map((page) => (
                      <button key={page.page} type="button" className="link" title={Object.entries(page.grounds).map(([code, n]) => `${code} ×${n}`).join(', ')} onClick={() => openDocument({ documentId: document.id, page: page.page })}>
                        {t('woo.page', { page: page.page })}
                      </button>
                    ))}
                    {document.pages.length > 40 ? <span className="muted"> …</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
