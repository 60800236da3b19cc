import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../../app/i18n';

const ROWS: ReadonlyArray<[example: string, explanation: MessageKey]> = [
  ['toeslagen', 'search.help.term'],
  ['+minister', 'search.help.must'],
  ['-staatssecretaris', 'search.help.mustNot'],
  ['"raad van state"', 'search.help.phrase'],
  ['"Jansen"', 'search.help.exactWord'],
  ['belast*', 'search.help.prefix'],
  ['toeslag~1', 'search.help.fuzzy'],
  ['afzender:"J. de Vries"  grond:5.1.2e', 'search.help.fields'],
  ['datum:2019-01..2019-06', 'search.help.date'],
];

/** The query syntax, one click away from the search box. */
export function SearchHelp() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div className="search-help">
      <button type="button" className="link" aria-expanded={open} aria-controls="search-help-panel" onClick={() => setOpen(!open)}>
        {t('search.helpButton')}
      </button>
      {open ? (
        <div id="search-help-panel" className="search-help-panel" role="dialog" aria-label={t('search.helpTitle')}>
          <h3>{t('search.helpTitle')}</h3>
          <table>
            <tbody>
              {ROWS.map(([example, explanation]) => (
                <tr key={example}>
                  <td>
                    <code>{example}</code>
                  </td>
                  <td>{t(explanation)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('search.help.default')}</p>
          <button type="button" onClick={() => setOpen(false)}>
            {t('search.close')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
