import { useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { codeTree, findCodes } from '../../shared/codebook/operations';
import type { Code, Codebook } from '../../shared/model/coding';
import { useI18n } from '../app/i18n';
import { MemoList } from './MemoList';

export function shortcutLabel(shortcut: string | null): string {
  return shortcut ? shortcut.replace('shift+', '⇧') : '';
}

function AnalystField({ analyst, setAnalyst }: { analyst: string | undefined; setAnalyst: (name: string) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(analyst ?? '');
  const missing = analyst !== undefined && analyst.trim() === '';
  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.trim() !== '') setAnalyst(draft);
  }
  return (
    <form className={missing ? 'analyst-field missing' : 'analyst-field'} onSubmit={submit}>
      <label>
        <span>{t('coding.analyst')}</span>
        <input value={draft} placeholder={t('coding.analystPlaceholder')} maxLength={200} onChange={(event) => setDraft(event.target.value)} />
      </label>
      <button type="submit" disabled={draft.trim() === '' || draft.trim() === analyst}>
        {t('coding.analystSave')}
      </button>
      {missing ? <p className="hint">{t('coding.analystNeeded')}</p> : null}
    </form>
  );
}

function CodeDetails({ code }: { code: Code }) {
  const { t, language } = useI18n();
  const indicators = code.indicators[language];
  return (
    <div className="code-details">
      {code.definition[language] ? (
        <p>
          <strong>{t('coding.definition')}:</strong> {code.definition[language]}
        </p>
      ) : null}
      {indicators.length > 0 ? (
        <>
          <strong>{t('coding.indicators')}:</strong>
          <ul>
            {indicators.map((indicator) => (
              <li key={indicator}>{indicator}</li>
            ))}
          </ul>
        </>
      ) : null}
      <MemoList target={{ kind: 'code', codeId: code.id }} title={t('memo.onCode', { code: code.id })} />
    </div>
  );
}

interface Props {
  codebook: Codebook | undefined;
  analyst: string | undefined;
  setAnalyst: (name: string) => void;
  hasSelection: boolean;
  query: string;
  setQuery: (query: string) => void;
  findRef: RefObject<HTMLInputElement | null>;
  onApply: (codeIds: string[]) => void;
  onClearSelection: () => void;
}

/**
 * The codebook beside the page: every code with its colour and shortcut.
 * With text selected, a click (or the shortcut, or Enter on a found code)
 * applies it; otherwise a click shows what the code means.
 */
export function CodebookPanel({ codebook, analyst, setAnalyst, hasSelection, query, setQuery, findRef, onApply, onClearSelection }: Props) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState<string | undefined>();
  if (!codebook) return <aside className="codebook-panel" />;
  const searching = query.trim() !== '';
  const rows = searching ? findCodes(codebook, query).map((code) => ({ code, depth: 0 })) : codeTree(codebook);

  function onFindKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      const first = rows.find((row) => row.code.codable);
      if (first && hasSelection) {
        onApply([first.code.id]);
        setQuery('');
      }
    } else if (event.key === 'Escape') {
      setQuery('');
      onClearSelection();
      event.currentTarget.blur();
    }
  }

  return (
    <aside className="codebook-panel" aria-label={t('coding.codebook')}>
      <AnalystField key={analyst ?? ''} analyst={analyst} setAnalyst={setAnalyst} />
      <h3>{t('coding.codebook')}</h3>
      <input
        ref={findRef}
        className="code-find"
        type="search"
        aria-label={t('coding.findCode')}
        placeholder={t('coding.findCode')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onFindKey}
      />
      {hasSelection ? <p className="hint">{t('coding.applyHint')}</p> : null}
      <ul className="code-list">
        {rows.map(({ code, depth }) => (
          <li key={code.id} style={{ paddingLeft: `${depth * 0.9}rem` }} className={code.codable ? 'code-row' : 'code-row group'}>
            <div className="code-line">
              <button
                type="button"
                className="code-button"
                data-code={code.id}
                aria-label={`${code.id} ${code.label[language]}`}
                title={code.definition[language] || undefined}
                onClick={() => (hasSelection && code.codable ? onApply([code.id]) : setOpen(open === code.id ? undefined : code.id))}
              >
                <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
                <span className="code-id">{code.id}</span>
                <span className="code-label">{code.label[language]}</span>
                {code.shortcut ? (
                  <kbd title={t('coding.shortcut', { key: shortcutLabel(code.shortcut) })}>{shortcutLabel(code.shortcut)}</kbd>
                ) : null}
              </button>
              <button
                type="button"
                className="link code-info"
                aria-expanded={open === code.id}
                aria-label={`${t('coding.definition')} ${code.id}`}
                onClick={() => setOpen(open === code.id ? undefined : code.id)}
              >
                i
              </button>
            </div>
            {open === code.id ? <CodeDetails code={code} /> : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}
