import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { codeForShortcut } from '../../shared/codebook/operations';
import type { DocumentPage } from '../../shared/contract/documents';
import { Shortcut, type Passage } from '../../shared/model/coding';
import type { DocumentRecord } from '../../shared/model/document';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import type { Highlight } from '../components/PageText';
import { EventMaker } from '../chronology/EventMaker';
import { CodebookPanel } from './CodebookPanel';
import { isPlaced, passageHighlights } from './highlights';
import { MemoList } from './MemoList';
import { PagePassages } from './PagePassages';
import { ImageView } from './ImageView';
import { PdfPageView } from './PdfPageView';
import { isTyping, shortcutOf, type TextSelection } from './selection';
import { TextPageView } from './TextPageView';
import { useCoding } from './use-coding';
import '../styles/coding.css';

/** The text, or the original it was read from: a PDF page or an image. */
type Mode = 'text' | 'original';
const MODE_KEY = 'spoor.readerMode';

interface Props {
  record: DocumentRecord;
  pageNumber: number;
  page: DocumentPage | undefined;
  /** Highlights the reader was opened with (a search hit, a citation), for this page. */
  targetHighlights: readonly Highlight[] | undefined;
  onGoToPage: (page: number) => void;
}

/**
 * The reader's page with coding: select text (on the text or the rendered
 * PDF page), apply codes by click, shortcut or type-to-find, see passages in
 * their codes' colours, write memos, undo and redo.
 */
export function CodingReader({ record, pageNumber, page, targetHighlights, onGoToPage }: Props) {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const coding = useCoding();
  const { codebook, history, setHistory } = coding;
  const [mode, setMode] = useState<Mode>(() => (sessionStorage.getItem(MODE_KEY) === 'original' ? 'original' : 'text'));
  const [passages, setPassages] = useState<Passage[]>([]);
  const [outline, setOutline] = useState<{ pages: { page: number; count: number }[]; lost: number; ambiguous: number }>();
  const [selection, setSelection] = useState<TextSelection | undefined>();
  const [query, setQuery] = useState('');
  const [focusId, setFocusId] = useState<string | undefined>();
  const [version, setVersion] = useState(0);
  const findRef = useRef<HTMLInputElement>(null);
  const documentId = record.id;
  const original = record.kind === 'pdf' || record.kind === 'image' ? record.kind : undefined;
  const shownMode: Mode = original ? mode : 'text';

  useEffect(() => {
    let current = true;
    Promise.all([api.coding.page({ documentId, page: pageNumber }), api.coding.outline({ documentId }), api.coding.history()])
      .then(([loaded, loadedOutline, loadedHistory]) => {
        if (!current) return;
        setPassages(loaded.passages);
        setOutline(loadedOutline);
        setHistory(loadedHistory);
      })
      .catch((error: unknown) => onError(asErrorInfo(error)));
    return () => {
      current = false;
    };
  }, [api, documentId, pageNumber, version, onError, setHistory]);

  useEffect(() => {
    setSelection(undefined);
    setFocusId(undefined);
  }, [documentId, pageNumber]);

  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const run = useCallback(
    (work: Promise<unknown>, after?: () => void) =>
      work
        .then(() => {
          after?.();
          changed();
        })
        .catch((error: unknown) => onError(asErrorInfo(error))),
    [changed, onError],
  );

  const apply = useCallback(
    (codeIds: string[]) => {
      if (!selection || selection.page !== pageNumber) return;
      void api.coding
        .apply({ documentId, page: selection.page, start: selection.start, end: selection.end, codeIds })
        .then((passage) => {
          setSelection(undefined);
          setFocusId(passage.id);
          window.getSelection()?.removeAllRanges();
          changed();
        })
        .catch((error: unknown) => onError(asErrorInfo(error)));
    },
    [api, changed, documentId, onError, pageNumber, selection],
  );

  const undo = useCallback(() => void run(api.coding.undo()), [api, run]);
  const redo = useCallback(() => void run(api.coding.redo()), [api, run]);

  // Keys the reader answers while no text field has focus.
  const keyState = useRef({ apply, undo, redo, selection, codebook });
  keyState.current = { apply, undo, redo, selection, codebook };
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTyping(event.target)) return;
      const state = keyState.current;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        if (event.shiftKey) state.redo();
        else state.undo();
        return;
      }
      if (mod && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        state.redo();
        return;
      }
      if (!state.selection) return;
      if (event.key === 'Escape') {
        setSelection(undefined);
        return;
      }
      const shortcut = Shortcut.safeParse(shortcutOf(event));
      if (shortcut.success && state.codebook) {
        const code = codeForShortcut(state.codebook, shortcut.data);
        if (code) {
          event.preventDefault();
          state.apply([code.id]);
        }
        return;
      }
      // Any letter starts type-to-find in the codebook.
      if (!mod && !event.altKey && event.key.length === 1 && /\p{L}/u.test(event.key)) {
        event.preventDefault();
        setQuery(event.key);
        findRef.current?.focus();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const highlights = useMemo(() => {
    const all: Highlight[] = [...(targetHighlights ?? []), ...passageHighlights(passages, codebook, language, focusId)];
    if (selection && selection.page === pageNumber) all.push({ start: selection.start, end: selection.end, kind: 'selection' });
    return all;
  }, [targetHighlights, passages, codebook, language, focusId, selection, pageNumber]);

  const focusAt = useCallback(
    (offset: number) => {
      const hit = passages.filter((p) => isPlaced(p) && p.anchor.start <= offset && offset < p.anchor.end).sort((a, b) => a.anchor.end - a.anchor.start - (b.anchor.end - b.anchor.start))[0];
      setFocusId(hit?.id);
    },
    [passages],
  );

  function chooseMode(next: Mode) {
    sessionStorage.setItem(MODE_KEY, next);
    setMode(next);
    setSelection(undefined);
  }

  const pageText = page && page.page.page === pageNumber ? page.page : undefined;
  return (
    <div className="coding-reader">
      <div className="coding-page-column">
        <div className="coding-toolbar">
          {original ? (
            <div className="segmented" role="group">
              <button type="button" aria-pressed={shownMode === 'text'} onClick={() => chooseMode('text')}>
                {t('coding.viewText')}
              </button>
              <button type="button" aria-pressed={shownMode === 'original'} onClick={() => chooseMode('original')}>
                {original === 'pdf' ? t('coding.viewPdf') : t('coding.viewImage')}
              </button>
            </div>
          ) : null}
          <button type="button" onClick={undo} disabled={!history.undo} title={history.undo ? t('coding.undoTitle', { label: history.undo }) : undefined}>
            ↶ {t('coding.undo')}
          </button>
          <button type="button" onClick={redo} disabled={!history.redo} title={history.redo ? t('coding.redoTitle', { label: history.redo }) : undefined}>
            ↷ {t('coding.redo')}
          </button>
          {outline && outline.pages.length > 0 ? (
            <span className="coded-pages">
              {t('coding.otherPages')}
              {outline.pages.slice(0, 30).map((entry) => (
                <button key={entry.page} type="button" className="link" aria-current={entry.page === pageNumber ? 'page' : undefined} onClick={() => onGoToPage(entry.page)}>
                  {entry.page}
                </button>
              ))}
            </span>
          ) : null}
        </div>
        {outline && outline.lost + outline.ambiguous > 0 ? <p className="anchor-note lost">{t('coding.anchorIssues', { count: outline.lost + outline.ambiguous })}</p> : null}
        <EventMaker documentId={documentId} selection={selection?.page === pageNumber ? selection : undefined} passageId={focusId} />
        <p className="selection-bar" role="status">
          {selection ? t('coding.selection', { text: selection.text.length > 120 ? `${selection.text.slice(0, 120)}…` : selection.text }) : t('coding.noSelection')}
        </p>
        {pageText ? (
          shownMode === 'original' && original === 'pdf' ? (
            <PdfPageView record={record} page={pageText} highlights={highlights} onSelect={setSelection} onMarkClick={focusAt} />
          ) : shownMode === 'original' ? (
            <ImageView record={record} />
          ) : pageText.text ? (
            <TextPageView page={pageNumber} text={pageText.text} highlights={highlights} onSelect={setSelection} onMarkClick={focusAt} />
          ) : (
            <div className="page-text" data-testid="page-text" data-page={pageNumber}>
              <span className="muted">{t(pageText.ocrSkipped ? 'doc.ocrSkipped' : 'doc.emptyPage')}</span>
            </div>
          )
        ) : null}
        <PagePassages
          passages={passages}
          codebook={codebook}
          focusId={focusId}
          onFocus={setFocusId}
          onRemoveCode={(passageId, codeId) => void run(api.coding.removeCode({ passageId, codeId }))}
          onDelete={(passageId) => void run(api.coding.delete({ passageId }))}
          onMemoChanged={changed}
        />
        <MemoList key={documentId} target={{ kind: 'document', documentId }} title={t('memo.onDocument')} onChanged={changed} />
      </div>
      <CodebookPanel
        codebook={codebook}
        analyst={coding.analyst}
        setAnalyst={coding.setAnalyst}
        hasSelection={selection !== undefined}
        query={query}
        setQuery={setQuery}
        findRef={findRef}
        onApply={(codeIds) => {
          apply(codeIds);
          setQuery('');
        }}
        onClearSelection={() => setSelection(undefined)}
      />
    </div>
  );
}
