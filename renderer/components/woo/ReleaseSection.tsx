import type { WooRelease } from '../../../shared/model/woo';
import { useCaseNavigation } from '../../app/case-navigation';
import { useI18n } from '../../app/i18n';
import { GroundChips } from './GroundChips';

type Row = WooRelease['missing'][number];

function Judgement({ row }: { row: Row }) {
  const { t } = useI18n();
  if (row.judgement) return <span className={`judgement judgement-${row.judgement.replace(' ', '-')}`}>{t(`woo.judgement.${row.judgement}`)}</span>;
  return <span className="muted">{row.judgementText ?? '–'}</span>;
}

/** One release: the counts, then rows without a document, documents without a row, and the rows found with their grounds compared. */
export function ReleaseSection({ release }: { release: WooRelease }) {
  const { t } = useI18n();
  const { openDocument } = useCaseNavigation();
  const { counts } = release;
  return (
    <section className="card woo-release" aria-label={`release-${release.inventoryId}`}>
      <h2>{t('woo.release', { title: release.title, sheet: release.sheet })}</h2>
      <p className="woo-counts" data-testid="reconciliation-counts">
        <span className="muted">{t('woo.rows', { count: counts.rows })}</span>
        <span className="count count-found">
          {t('woo.found')}: <strong data-testid="count-found">{counts.found}</strong>
        </span>
        <span className="count count-missing">
          {t('woo.missing')}: <strong data-testid="count-missing">{counts.missing}</strong>
        </span>
        <span className="count count-extra">
          {t('woo.extra')}: <strong data-testid="count-extra">{counts.extra}</strong>
        </span>
      </p>

      <h3>{t('woo.missingTitle')}</h3>
      {release.missing.length === 0 ? (
        <p className="muted">{t('woo.none')}</p>
      ) : (
        <table className="woo-table" data-testid="missing-rows">
          <thead>
            <tr>
              <th>{t('woo.col.number')}</th>
              <th>{t('woo.col.row')}</th>
              <th>{t('woo.col.date')}</th>
              <th>{t('woo.col.document')}</th>
              <th>{t('woo.col.judgement')}</th>
              <th>{t('woo.col.inventoryGrounds')}</th>
            </tr>
          </thead>
          <tbody>
            {release.missing.map((row) => (
              <tr key={row.row}>
                <td>{row.id}</td>
                <td>{row.row}</td>
                <td>{row.date ?? '–'}</td>
                <td>{row.document ?? row.subject ?? '–'}</td>
                <td>
                  <Judgement row={row} />
                </td>
                <td>
                  <GroundChips codes={row.grounds} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{t('woo.extraTitle')}</h3>
      {release.extra.length === 0 ? (
        <p className="muted">{t('woo.none')}</p>
      ) : (
        <table className="woo-table" data-testid="extra-documents">
          <thead>
            <tr>
              <th>{t('woo.col.number')}</th>
              <th>{t('woo.col.document')}</th>
              <th>{t('woo.col.pages')}</th>
              <th>{t('woo.col.textGrounds')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {release.extra.map((document) => (
              <tr key={document.documentId}>
                <td>{document.number ?? t('woo.cover')}</td>
                <td>{document.title}</td>
                <td>{document.firstPage ? `${document.firstPage}–${document.lastPage}` : '–'}</td>
                <td>
                  <GroundChips counts={document.grounds} />
                </td>
                <td>
                  <button type="button" className="link" onClick={() => openDocument({ documentId: document.documentId })}>
                    {t('woo.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{t('woo.foundTitle')}</h3>
      <table className="woo-table" data-testid="found-rows">
        <thead>
          <tr>
            <th>{t('woo.col.number')}</th>
            <th>{t('woo.col.date')}</th>
            <th>{t('woo.col.judgement')}</th>
            <th>{t('woo.col.inventoryGrounds')}</th>
            <th>{t('woo.col.textGrounds')}</th>
            <th>{t('woo.col.pages')}</th>
          </tr>
        </thead>
        <tbody>
          {release.found.map((found) => {
            const differs = found.onlyInInventory.length > 0 || found.onlyInText.length > 0;
            return (
              <tr key={found.row.row} className={differs ? 'differs' : undefined}>
                <td>{found.row.id}</td>
                <td>{found.row.date ?? '–'}</td>
                <td>
                  <Judgement row={found.row} />
                </td>
                <td>
                  <GroundChips codes={found.row.grounds} />
                </td>
                <td>
                  <GroundChips counts={found.groundsInText} />
                  {found.onlyInInventory.length > 0 ? <div className="woo-diff">{t('woo.onlyInInventory', { codes: found.onlyInInventory.join(', ') })}</div> : null}
                  {found.onlyInText.length > 0 ? <div className="woo-diff">{t('woo.onlyInText', { codes: found.onlyInText.join(', ') })}</div> : null}
                </td>
                <td>
                  {found.documents.map((document) => (
                    <button key={document.documentId} type="button" className="link" onClick={() => openDocument({ documentId: document.documentId })}>
                      {document.firstPage ? `${document.firstPage}–${document.lastPage}` : t('woo.open')}
                    </button>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
