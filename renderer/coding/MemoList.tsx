import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Memo, MemoTarget } from '../../shared/model/coding';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';

function MemoEditor({ initial, onSave, onCancel, label }: { initial: string; onSave: (text: string) => void; onCancel?: () => void; label: string }) {
  const { t } = useI18n();
  const [text, setText] = useState(initial);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() !== '') onSave(text);
  }
  return (
    <form className="memo-editor" onSubmit={submit}>
      <textarea aria-label={label} value={text} placeholder={t('memo.placeholder')} onChange={(event) => setText(event.target.value)} rows={3} />
      <div className="memo-actions">
        <button type="submit" disabled={text.trim() === ''}>
          {t('memo.save')}
        </button>
        {onCancel ? (
          <button type="button" className="link" onClick={onCancel}>
            {t('memo.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The memos on one target (a passage, a code, a document, the case): read, add, edit, delete. */
export function MemoList({ target, title, onChanged, startOpen = false }: { target: MemoTarget; title: string; onChanged?: () => void; startOpen?: boolean }) {
  const { t, dateTime } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const [memos, setMemos] = useState<Memo[]>([]);
  const [adding, setAdding] = useState(startOpen);
  const [editing, setEditing] = useState<string | undefined>();
  const targetKey = JSON.stringify(target);

  const reload = useCallback(() => {
    api.memos
      .list({ target: JSON.parse(targetKey) as MemoTarget })
      .then(setMemos)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError, targetKey]);
  useEffect(reload, [reload]);

  const run = (work: Promise<unknown>) =>
    work
      .then(() => {
        reload();
        onChanged?.();
      })
      .catch((error: unknown) => onError(asErrorInfo(error)));

  return (
    <section className="memo-list" aria-label={title}>
      <h4>{title}</h4>
      {memos.length === 0 && !adding ? <p className="muted">{t('memo.none')}</p> : null}
      <ul>
        {memos.map((memo) => (
          <li key={memo.id} className="memo">
            {editing === memo.id ? (
              <MemoEditor
                label={title}
                initial={memo.text}
                onCancel={() => setEditing(undefined)}
                onSave={(text) => {
                  setEditing(undefined);
                  void run(api.memos.update({ id: memo.id, text }));
                }}
              />
            ) : (
              <>
                <p className="memo-text">{memo.text}</p>
                <p className="muted memo-meta">
                  {memo.analyst} · {dateTime(memo.updatedAt)}
                  <button type="button" className="link" onClick={() => setEditing(memo.id)}>
                    {t('memo.edit')}
                  </button>
                  <button type="button" className="link" onClick={() => void run(api.memos.delete({ id: memo.id }))}>
                    {t('memo.delete')}
                  </button>
                </p>
              </>
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <MemoEditor
          label={title}
          initial=""
          onCancel={() => setAdding(false)}
          onSave={(text) => {
            setAdding(false);
            void run(api.memos.add({ target, text }));
          }}
        />
      ) : (
        <button type="button" className="link" onClick={() => setAdding(true)}>
          {t('memo.add')}
        </button>
      )}
    </section>
  );
}
