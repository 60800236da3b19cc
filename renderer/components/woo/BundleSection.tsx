import type { WooBundle } from '../../../shared/model/woo';
import { useCaseNavigation } from '../../app/case-navigation';
import { useI18n } from '../../app/i18n';
import { GroundChips } from './GroundChips';

/** A bundle's parts: number, pages, the printed e-mail's sender, recipients, date and subject, grounds, and the inventory row. */
export function BundleSection({ bundle }: { bundle: WooBundle }) {
  const { t } = useI18n();
  const { openDocument } = useCaseNavigation();
  return (
    <section className="card woo-bundle">
      <h2>{t('woo.bundle', { title: bundle.title, pageCount: bundle.pageCount, parts: bundle.parts.length })}</h2>
      <table className="woo-table" data-testid="bundle-parts">
        <thead>
          <tr>
            <th>{t('woo.col.number')}</th>
            <th>{t('woo.col.pages')}</th>
            <th>{t('woo.col.date')}</th>
            <th>{t('woo.col.from')}</th>
            <th>{t('woo.col.to')}</th>
            <th>{t('woo.col.subject')}</th>
            <th>{t('woo.col.grounds')}</th>
            <th>{t('woo.col.row.inventory')}</th>
          </tr>
        </thead>
        <tbody>
          {bundle.parts.map((part) => (
            <tr key={part.documentId}>
              <td>
                {part.number ?? t('woo.cover')}
                {part.duplicateOf ? <div className="muted">{t('woo.duplicateOf', { number: part.duplicateOf })}</div> : null}
              </td>
              <td>
                <button type="button" className="link" onClick={() => openDocument({ documentId: part.documentId })}>
                  {part.firstPage}–{part.lastPage}
                </button>
              </td>
              <td>{part.metadata?.date?.replace('T', ' ') ?? '–'}</td>
              <td>{part.metadata?.sender ?? '–'}</td>
              <td>{part.metadata?.recipients?.join('; ') ?? '–'}</td>
              <td>{part.metadata?.subject ?? '–'}</td>
              <td>
                <GroundChips counts={part.grounds} />
              </td>
              <td>{part.inventory ? `${part.inventory.id} (${t('woo.col.row')} ${part.inventory.row})` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
