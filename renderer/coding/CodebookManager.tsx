import { useState, type FormEvent } from 'react';
import { codeTree } from '../../shared/codebook/operations';
import { SHORTCUTS, type Code, type Codebook } from '../../shared/model/coding';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { FileButton } from './FileButton';
import { download, textFileInput } from './files';
import { shortcutLabel } from './CodebookPanel';
import { MemoList } from './MemoList';
import type { CodingData } from './use-coding';

function CodeEditor({ code, codebook, onDone, run }: { code: Code; codebook: Codebook; onDone: () => void; run: (work: Promise<unknown>) => void }) {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const [labelNl, setLabelNl] = useState(code.label.nl);
  const [labelEn, setLabelEn] = useState(code.label.en);
  const [definitionNl, setDefinitionNl] = useState(code.definition.nl);
  const [definitionEn, setDefinitionEn] = useState(code.definition.en);
  const [color, setColor] = useState(code.color);
  const [shortcut, setShortcut] = useState(code.shortcut ?? '');
  const [mergeTarget, setMergeTarget] = useState('');

  function save(event: FormEvent) {
    event.preventDefault();
    run(
      api.codebook.update({
        id: code.id,
        label: { nl: labelNl, en: labelEn },
        definition: { nl: definitionNl, en: definitionEn },
        color,
        shortcut: shortcut === '' ? null : (shortcut as Code['shortcut']),
      }),
    );
    onDone();
  }
  const targets = codebook.codes.filter((c) => c.id !== code.id && !c.retired && c.codable);
  return (
    <div className="code-editor">
      <form onSubmit={save} className="code-form">
        <label>
          <span>{t('manage.labelNl')}</span>
          <input value={labelNl} onChange={(e) => setLabelNl(e.target.value)} required maxLength={200} />
        </label>
        <label>
          <span>{t('manage.labelEn')}</span>
          <input value={labelEn} onChange={(e) => setLabelEn(e.target.value)} required maxLength={200} />
        </label>
        <label className="wide">
          <span>{t('manage.definitionNl')}</span>
          <textarea value={definitionNl} onChange={(e) => setDefinitionNl(e.target.value)} rows={2} />
        </label>
        <label className="wide">
          <span>{t('manage.definitionEn')}</span>
          <textarea value={definitionEn} onChange={(e) => setDefinitionEn(e.target.value)} rows={2} />
        </label>
        <label>
          <span>{t('manage.color')}</span>
          <input type="color" value={color} onChange={(e) => setColor(e.target.value.toLowerCase())} />
        </label>
        <label>
          <span>{t('manage.shortcut')}</span>
          <select value={shortcut} onChange={(e) => setShortcut(e.target.value)}>
            <option value="">—</option>
            {SHORTCUTS.map((key) => (
              <option key={key} value={key}>
                {shortcutLabel(key)}
                {codebook.codes.find((c) => c.shortcut === key && c.id !== code.id) ? ` (${codebook.codes.find((c) => c.shortcut === key)?.id})` : ''}
              </option>
            ))}
          </select>
        </label>
        <div className="form-actions">
          <button type="submit">{t('memo.save')}</button>
          <button type="button" className="link" onClick={onDone}>
            {t('memo.cancel')}
          </button>
        </div>
      </form>
      {!code.retired && code.codable ? (
        <div className="merge-form">
          <label>
            <span>{t('manage.mergeInto')}</span>
            <select value={mergeTarget} onChange={(e) => setMergeTarget(e.target.value)}>
              <option value="">—</option>
              {targets.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.id} {target.label[language]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={mergeTarget === ''}
            onClick={() => {
              run(api.codebook.merge({ sourceId: code.id, targetId: mergeTarget }));
              onDone();
            }}
          >
            {t('manage.merge')}
          </button>
        </div>
      ) : null}
      <MemoList target={{ kind: 'code', codeId: code.id }} title={t('memo.onCode', { code: code.id })} />
    </div>
  );
}

function AddCode({ codebook, run }: { codebook: Codebook; run: (work: Promise<unknown>) => void }) {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const [labelNl, setLabelNl] = useState('');
  const [labelEn, setLabelEn] = useState('');
  const [parentId, setParentId] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    run(api.codebook.add({ label: { nl: labelNl, en: labelEn || labelNl }, parentId: parentId || null }));
    setLabelNl('');
    setLabelEn('');
  }
  return (
    <form className="inline-form add-code" onSubmit={submit} aria-label={t('manage.add')}>
      <label>
        <span>{t('manage.labelNl')}</span>
        <input value={labelNl} onChange={(e) => setLabelNl(e.target.value)} required maxLength={200} />
      </label>
      <label>
        <span>{t('manage.labelEn')}</span>
        <input value={labelEn} onChange={(e) => setLabelEn(e.target.value)} maxLength={200} />
      </label>
      <label>
        <span>{t('manage.parent')}</span>
        <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">—</option>
          {codebook.codes
            .filter((c) => !c.retired)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.id} {c.label[language]}
              </option>
            ))}
        </select>
      </label>
      <button type="submit" disabled={labelNl.trim() === ''}>
        {t('manage.add')}
      </button>
    </form>
  );
}

/** REFI-QDA exchange: the codebook as .qdc both ways, the whole project as .qdpx into the case's exports folder. */
function RefiExchange({ run }: { run: (work: Promise<unknown>) => void }) {
  const { t } = useI18n();
  const platform = usePlatform();
  const onError = useReportError();
  const [message, setMessage] = useState<string>();
  const fail = (error: unknown) => onError(asErrorInfo(error));
  return (
    <div className="refi-exchange">
      <button type="button" onClick={() => platform.api.codebook.exportQdc().then(download).catch(fail)}>
        {t('manage.exportQdc')}
      </button>
      <FileButton
        label={t('manage.importQdc')}
        accept=".qdc,application/xml,text/xml"
        testId="qdc-input"
        onFile={(file) =>
          run(
            textFileInput(platform, file)
              .then((source) => platform.api.codebook.importQdc(source))
              .then((result) => setMessage(t('manage.imported', { added: result.added.length, present: result.alreadyPresent.length }))),
          )
        }
      />
      <button
        type="button"
        onClick={() =>
          platform.api.coding
            .exportQdpx()
            .then((result) => setMessage(t('manage.qdpxWritten', { path: result.path, sources: result.sources, segments: result.segments, skipped: result.skipped })))
            .catch(fail)
        }
      >
        {t('manage.exportQdpx')}
      </button>
      {message ? <p role="status">{message}</p> : null}
    </div>
  );
}

/** The case's own codebook: add, rename, recolour, nest, reorder, merge, retire and restore codes. */
export function CodebookManager({ coding }: { coding: CodingData }) {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const [editing, setEditing] = useState<string | undefined>();
  const { codebook } = coding;
  if (!codebook) return null;

  const run = (work: Promise<unknown>) => {
    work.then(coding.reload).catch((error: unknown) => onError(asErrorInfo(error)));
  };
  const rows = codeTree(codebook, { includeRetired: true });

  return (
    <div className="codebook-manager">
      <RefiExchange run={run} />
      <AddCode codebook={codebook} run={run} />
      <ul className="manage-list">
        {rows.map(({ code, depth }) => {
          const siblings = codebook.codes.filter((c) => c.parentId === code.parentId);
          const index = siblings.indexOf(code);
          const previous = siblings[index - 1];
          return (
            <li key={code.id} style={{ paddingLeft: `${depth * 1.2}rem` }} className={code.retired ? 'retired' : undefined}>
              <div className="manage-row">
                <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
                <strong className="code-id">{code.id}</strong>
                <span className="code-label">{code.label[language]}</span>
                {code.shortcut ? <kbd>{shortcutLabel(code.shortcut)}</kbd> : null}
                {code.retired ? (
                  <span className="badge">{code.retired.mergedInto ? t('manage.mergedInto', { id: code.retired.mergedInto }) : t('coding.retired')}</span>
                ) : null}
                <span className="manage-actions">
                  <button type="button" className="link" aria-label={t('manage.up', { id: code.id })} disabled={index <= 0} onClick={() => run(api.codebook.move({ id: code.id, parentId: code.parentId, index: index - 1 }))}>
                    ↑
                  </button>
                  <button type="button" className="link" aria-label={t('manage.down', { id: code.id })} disabled={index >= siblings.length - 1} onClick={() => run(api.codebook.move({ id: code.id, parentId: code.parentId, index: index + 1 }))}>
                    ↓
                  </button>
                  <button type="button" className="link" aria-label={t('manage.indent', { id: code.id })} disabled={!previous || Boolean(previous.retired)} onClick={() => previous && run(api.codebook.move({ id: code.id, parentId: previous.id, index: 999 }))}>
                    →
                  </button>
                  <button
                    type="button"
                    className="link"
                    aria-label={t('manage.outdent', { id: code.id })}
                    disabled={code.parentId === null}
                    onClick={() => {
                      const parent = codebook.codes.find((c) => c.id === code.parentId);
                      const parentSiblings = codebook.codes.filter((c) => c.parentId === (parent?.parentId ?? null));
                      run(api.codebook.move({ id: code.id, parentId: parent?.parentId ?? null, index: parent ? parentSiblings.indexOf(parent) + 1 : 0 }));
                    }}
                  >
                    ←
                  </button>
                  <button type="button" className="link" onClick={() => setEditing(editing === code.id ? undefined : code.id)}>
                    {t('memo.edit')}
                  </button>
                  {code.retired ? (
                    code.retired.mergedInto ? null : (
                      <button type="button" className="link" onClick={() => run(api.codebook.restore({ id: code.id }))}>
                        {t('manage.restore')}
                      </button>
                    )
                  ) : (
                    <button type="button" className="link" onClick={() => run(api.codebook.retire({ id: code.id }))}>
                      {t('manage.retire')}
                    </button>
                  )}
                </span>
              </div>
              {editing === code.id ? <CodeEditor code={code} codebook={codebook} run={run} onDone={() => setEditing(undefined)} /> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
