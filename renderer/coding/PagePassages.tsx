import { useState } from 'react';
import type { Codebook, Passage } from '../../shared/model/coding';
import { useI18n } from '../app/i18n';
import { codeLabel } from './highlights';
import { MemoList } from './MemoList';

interface Props {
  passages: readonly Passage[];
  codebook: Codebook | undefined;
  focusId: string | undefined;
  onFocus: (id: string | undefined) => void;
  onRemoveCode: (passageId: string, codeId: string) => void;
  onDelete: (passageId: string) => void;
  onMemoChanged: () => void;
}

function AnchorNote({ passage }: { passage: Passage }) {
  const { t } = useI18n();
  const check = passage.anchorCheck;
  if (!check) return null;
  if (check.status === 'lost') return <p className="anchor-note lost">{t('coding.anchorLost')}</p>;
  if (check.status === 'ambiguous') return <p className="anchor-note ambiguous">{t('coding.anchorAmbiguous', { count: check.candidates ?? 0 })}</p>;
  return check.previous ? <p className="anchor-note moved">{t('coding.anchorMoved')}</p> : null;
}

/** The coded passages of the page shown: their codes (removable), who coded them, memos. */
export function PagePassages({ passages, codebook, focusId, onFocus, onRemoveCode, onDelete, onMemoChanged }: Props) {
  const { t, language, dateTime } = useI18n();
  const [memoOpen, setMemoOpen] = useState<string | undefined>();
  return (
    <section className="page-passages" aria-label={t('coding.pagePassages')}>
      <h3>{t('coding.pagePassages')}</h3>
      {passages.length === 0 ? <p className="muted">{t('coding.noPassages')}</p> : null}
      <ol>
        {passages.map((passage) => (
          <li key={passage.id} className={passage.id === focusId ? 'passage focus' : 'passage'} data-passage={passage.id}>
            <button type="button" className="passage-quote link" onClick={() => onFocus(passage.id === focusId ? undefined : passage.id)}>
              “{passage.anchor.exact.length > 240 ? `${passage.anchor.exact.slice(0, 240)}…` : passage.anchor.exact}”
            </button>
            <AnchorNote passage={passage} />
            <ul className="code-chips">
              {passage.codes.map((application) => {
                const color = codebook?.codes.find((code) => code.id === application.codeId)?.color ?? '#888888';
                return (
                  <li key={`${application.codeId}-${application.analyst}`} className="chip" style={{ borderColor: color }}>
                    <span className="swatch" style={{ backgroundColor: color }} aria-hidden="true" />
                    <span title={t('coding.by', { analyst: application.analyst, date: dateTime(application.at) })}>
                      {codeLabel(codebook, application.codeId, language)}
                    </span>
                    <button type="button" className="link" aria-label={t('coding.removeCode', { code: application.codeId })} onClick={() => onRemoveCode(passage.id, application.codeId)}>
                      ×
                    </button>
                  </li>
                );
              })}
            </ul>
            <p className="muted passage-meta">
              {t('coding.by', { analyst: passage.analyst, date: dateTime(passage.createdAt) })}
              <button type="button" className="link" aria-expanded={memoOpen === passage.id} onClick={() => setMemoOpen(memoOpen === passage.id ? undefined : passage.id)}>
                {t('memo.onPassage')}
              </button>
              <button type="button" className="link danger" onClick={() => onDelete(passage.id)}>
                {t('coding.deletePassage')}
              </button>
            </p>
            {memoOpen === passage.id ? (
              <MemoList target={{ kind: 'passage', passageId: passage.id }} title={t('memo.onPassage')} onChanged={onMemoChanged} startOpen />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
