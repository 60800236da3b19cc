import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { DocumentPage } from '../../shared/contract/documents';
import type { DocumentRecord } from '../../shared/model/document';
import type { ReaderTarget } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { COMMANDS } from '../commands/catalog';
import { useCommands } from '../commands/CommandsProvider';
import { CodingReader } from '../coding/CodingReader';
import { HitNavigator, hitHighlights, hitList, hitSteps, scrollToCurrentHit } from './HitNavigator';

/**
 * Shows one page of a document's extracted text, as text: imported content
 * is never rendered as HTML. Opens at the target's page with its highlights.
 */
export function DocumentView({ target }: { target: ReaderTarget }) {
  const { t } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const documentId = target.documentId;
  const [record, setRecord] = useState<DocumentRecord | undefined>();
  const [pageNumber, setPageNumber] = useState(target.page ?? 1);
  const [page, setPage] = useState<DocumentPage | undefined>();
  const [pageInput, setPageInput] = useState('1');
  const hits = useMemo(() => hitList(target.hits), [target]);
  const hitCounts = useMemo(() => new Map((target.hits ?? []).map((entry) => [entry.page, entry.highlights.length])), [target]);
  const [currentHit, setCurrentHit] = useState<number | undefined>();

  useEffect(() => {
    if (target.page) setPageNumber(target.page);
    // Opened at a hit: the first hit on that page is the current one.
    const first = hits.findIndex((hit) => hit.page === (target.page ?? 1));
    setCurrentHit(first >= 0 ? first : undefined);
  }, [target, hits]);

  // Paging by hand to a page with hits makes its first hit the current one.
  useEffect(() => {
    setCurrentHit((current) => {
      if (current !== undefined && hits[current]?.page === pageNumber) return current;
      const first = hits.findIndex((hit) => hit.page === pageNumber);
      return first >= 0 ? first : current;
    });
  }, [hits, pageNumber]);

  // Once the current hit's page is shown, bring the hit into view.
  const shownPage = page?.page.page;
  useEffect(() => {
    if (currentHit === undefined || hits[currentHit]?.page !== shownPage) return;
    const frame = requestAnimationFrame(scrollToCurrentHit);
    return () => cancelAnimationFrame(frame);
  }, [currentHit, hits, shownPage]);

  useEffect(() => {
    api.documents
      .get({ id: documentId })
      .then(setRecord)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, documentId, onError]);

  useEffect(() => {
    let current = true;
    api.documents
      .page({ id: documentId, page: pageNumber })
      .then((loaded) => {
        if (current) setPage(loaded);
      })
      .catch((error: unknown) => onError(asErrorInfo(error)));
    setPageInput(String(pageNumber));
    return () => {
      current = false;
    };
  }, [api, documentId, pageNumber, onError]);

  const pageCount = record?.pageCount ?? 0;

  function go(target: number) {
    if (target >= 1 && target <= pageCount) setPageNumber(target);
  }

  function stepToHit(index: number) {
    const hit = hits[index];
    if (!hit) return;
    setCurrentHit(index);
    if (hit.page !== pageNumber) go(hit.page);
  }

  const steps = hitSteps(hits, currentHit, pageNumber);
  useCommands([
    { ...COMMANDS.nextHit, available: () => steps.next !== undefined, run: () => steps.next !== undefined && stepToHit(steps.next) },
    { ...COMMANDS.previousHit, available: () => steps.previous !== undefined, run: () => steps.previous !== undefined && stepToHit(steps.previous) },
  ]);

  function submitPage(event: FormEvent) {
    event.preventDefault();
    const target = Number(pageInput);
    if (Number.isInteger(target)) go(target);
  }

  if (!record) return null;
  return (
    <article className="document-view" aria-label={record.title}>
      <header className="document-header">
        <h2>{record.title}</h2>
        <p className="muted">
          {record.kind} · {t('case.pages', { count: pageCount })} · {t('doc.sha')} <code title={record.sha256}>{record.sha256.slice(0, 12)}</code>
        </p>
        <nav className="page-nav" aria-label={t('doc.page')}>
          <button type="button" onClick={() => go(pageNumber - 1)} disabled={pageNumber <= 1} aria-label={t('doc.previous')}>
            ‹
          </button>
          <form onSubmit={submitPage}>
            <label>
              <span>{t('doc.page')}</span>
              <input className="page-input" inputMode="numeric" value={pageInput} onChange={(event) => setPageInput(event.target.value)} onBlur={submitPage} />
            </label>
            <span>{t('doc.of', { count: pageCount })}</span>
          </form>
          <button type="button" onClick={() => go(pageNumber + 1)} disabled={pageNumber >= pageCount} aria-label={t('doc.next')}>
            ›
          </button>
        </nav>
        {hits.length > 0 ? <HitNavigator hits={hits} current={currentHit} page={pageNumber} onStep={stepToHit} /> : null}
      </header>
      <CodingReader
        record={record}
        pageNumber={pageNumber}
        page={page}
        targetHighlights={hitHighlights(target, pageNumber, currentHit === undefined ? undefined : hits[currentHit])}
        currentHit={steps.shown === undefined ? undefined : hits[steps.shown]}
        hitCounts={hitCounts}
        onGoToPage={go}
      />
    </article>
  );
}
