import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findCodes } from '../../shared/codebook/operations';
import type { DocumentPage } from '../../shared/contract/documents';
import type { Passage } from '../../shared/model/coding';
import type { DocumentRecord } from '../../shared/model/document';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { codeCommand, COMMANDS } from '../commands/catalog';
import { useCommands } from '../commands/CommandsProvider';
import type { Hit } from '../components/HitNavigator';
import type { Highlight } from '../components/PageText';
import { EventMaker } from '../chronology/EventMaker';
import { CodebookPanel } from './CodebookPanel';
import { isPlaced, passageHighlights } from './highlights';
import { MemoList } from './MemoList';
import { PagePassages } from './PagePassages';
import { ImageView } from './ImageView';
import { PageThumbnails, type PageMarks } from './PageThumbnails';
import { PdfPageView } from './PdfPageView';
import { isTyping, type TextSelection } from './selection';
import { TextPageView } from './TextPageView';
import { useCoding } from './use-coding';
import { zoomIn, zoomOut, type Zoom } from './zoom';
import '../styles/coding.css';
import '../styles/reader.css';

/** The text, the original it was read from (a PDF page or an image), or both side by side. */
type Mode = 'text' | 'original' | 'both';
const MODE_KEY = 'spoor.readerMode';
const MODES: readonly Mode[] = ['text', 'original', 'both'];

function storedMode(): Mode {
  const stored = sessionStorage.getItem(MODE_KEY);
  return MODES.find((mode) => mode === stored) ?? 'text';
}

interface Props {
  record: DocumentRecord;
  pageNumber: number;
  page: DocumentPage | undefined;
  /** Highlights the reader was opened with (a search hit, a citation), for this page. */
  targetHighlights: readonly Highlight[] | undefined;
  /** The search hit marked as current on this page, which the analyst can select to code it. */
  currentHit: Hit | undefined;
  /** Search hits per page, for the page thumbnails' badges. */
  hitCounts: ReadonlyMap<number, number>;
  onGoToPage: (page: number) => void;
}

/**
 * The reader's page with coding: select text (on the text or the rendered
 * PDF page), apply codes by click, shortcut or type-to-find, see passages in
 * their codes' colours, write memos, undo and redo.
 */
export function CodingReader({ record, pageNumber, page, targetHighlights, currentHit, hitCounts, onGoToPage }: Props) {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const coding = useCoding();
  const { codebook, history, setHistory } = coding;
  const [mode, setMode] = useState<Mode>(storedMode);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [scale, setScale] = useState(1);
  const root = useRef<HTMLDivElement>(null);
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

  const pageText = page && page.page.page === pageNumber ? page.page : undefined;
  const hitOnPage = currentHit && pageText && currentHit.page === pageNumber ? currentHit : undefined;
  // Undo, redo, the codes' shortcuts (digit keys), selecting the current hit and zooming the rendered page are commands.
  const pdfShown = original === 'pdf' && shownMode !== 'text';
  const hasSelection = selection !== undefined && selection.page === pageNumber;
  useCommands([
    { ...COMMANDS.undoCoding, available: () => history.undo !== null, run: undo },
    { ...COMMANDS.redoCoding, available: () => history.redo !== null, run: redo },
    ...(codebook ? findCodes(codebook, '') : []).map((code) => ({
      ...codeCommand(code),
      titleParams: { code: `${code.id} ${code.label[language]}` },
      available: () => hasSelection,
      run: () => apply([code.id]),
    })),
    {
      ...COMMANDS.selectHit,
      available: () => hitOnPage !== undefined,
      run: () => hitOnPage && pageText && setSelection({ page: pageNumber, start: hitOnPage.start, end: hitOnPage.end, text: pageText.text.slice(hitOnPage.start, hitOnPage.end) }),
    },
    { ...COMMANDS.zoomIn, available: () => pdfShown, run: () => setZoom(zoomIn(scale)) },
    { ...COMMANDS.zoomOut, available: () => pdfShown, run: () => setZoom(zoomOut(scale)) },
    { ...COMMANDS.zoomFit, available: () => pdfShown, run: () => setZoom('fit') },
  ]);

  // Keys the reader answers while no text field has focus: Escape drops the selection, a letter finds a code.
  const hasSelectionRef = useRef(false);
  hasSelectionRef.current = selection !== undefined;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTyping(event.target) || !hasSelectionRef.current) return;
      if (event.key === 'Escape') {
        setSelection(undefined);
        return;
      }
      // Any letter starts type-to-find in the codebook.
      if (!event.ctrlKey && !event.metaKey && !event.altKey && event.key.length === 1 && /\p{L}/u.test(event.key)) {
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

  const passageCounts = useMemo(() => new Map(outline?.pages.map((entry) => [entry.page, entry.count])), [outline]);
  const marksOf = useCallback((p: number): PageMarks => ({ hits: hitCounts.get(p) ?? 0, passages: passageCounts.get(p) ?? 0 }), [hitCounts, passageCounts]);

  const originalView =
    pageText && original === 'pdf' ? (
      <PdfPageView record={record} page={pageText} highlights={highlights} zoom={zoom} onScale={setScale} onSelect={setSelection} onMarkClick={focusAt} />
    ) : (
      <ImageView record={record} />
    );
  const textView = pageText?.text ? (
    <TextPageView page={pageNumber} text={pageText.text} highlights={highlights} onSelect={setSelection} onMarkClick={focusAt} />
  ) : (
    <div className="page-text" data-testid="page-text" data-page={pageNumber}>
      <span className="muted">{t(pageText?.ocrSkipped ? 'doc.ocrSkipped' : 'doc.emptyPage')}</span>
    </div>
  );
  const thumbnails = original === 'pdf' && (page?.pageCount ?? 0) > 1;
  return (
    <div className={thumbnails ? 'coding-reader with-thumbnails' : 'coding-reader'} ref={root}>
      {thumbnails ? <PageThumbnails record={record} pageCount={page?.pageCount ?? 0} pageNumber={pageNumber} marks={marksOf} onGoToPage={onGoToPage} /> : null}
      <div className="coding-page-column">
        <div className="coding-toolbar">
          {original ? (
            <div className="segmented" role="group" aria-label={t('reader.layout')}>
              <button type="button" aria-pressed={shownMode === 'text'} onClick={() => chooseMode('text')}>
                {t('coding.viewText')}
              </button>
              <button type="button" aria-pressed={shownMode === 'original'} onClick={() => chooseMode('original')}>
                {original === 'pdf' ? t('coding.viewPdf') : t('coding.viewImage')}
              </button>
              <button type="button" aria-pressed={shownMode === 'both'} onClick={() => chooseMode('both')}>
                {t('reader.viewBoth')}
              </button>
            </div>
          ) : null}
          {pdfShown ? (
            <div className="zoom-controls" role="group" aria-label={t('reader.zoom')}>
              <button type="button" onClick={() => setZoom(zoomOut(scale))} aria-label={t('reader.zoomOut')} title={`${t('reader.zoomOut')} (Ctrl+-)`}>
                −
              </button>
              <output aria-live="polite" aria-label={t('reader.zoomLevel', { percent: Math.round(scale * 100) })}>
                {Math.round(scale * 100)}%
              </output>
              <button type="button" onClick={() => setZoom(zoomIn(scale))} aria-label={t('reader.zoomIn')} title={`${t('reader.zoomIn')} (Ctrl+=)`}>
                +
              </button>
              <button type="button" aria-pressed={zoom === 'fit'} onClick={() => setZoom('fit')} aria-label={t('reader.zoomFitLabel')} title={`${t('reader.zoomFitLabel')} (Ctrl+0)`}>
                {t('reader.zoomFit')}
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
          shownMode === 'both' ? (
            <div className="page-pair">
              {originalView}
              {textView}
            </div>
          ) : shownMode === 'original' ? (
            originalView
          ) : (
            textView
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
