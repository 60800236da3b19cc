import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { FacetSelection, SavedSearch, SearchPage } from '../../shared/model/search';
import { describeQueryProblem } from '../../shared/search/problems';
import { parseQuery } from '../../shared/search/query';
import { useCaseNavigation } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { COMMANDS } from '../commands/catalog';
import { useCommands } from '../commands/CommandsProvider';
import { BatchSearch } from '../components/search/BatchSearch';
import { FacetPanel } from '../components/search/FacetPanel';
import { SavedSearches } from '../components/search/SavedSearches';
import { SearchHelp } from '../components/search/SearchHelp';
import { Snippet } from '../components/search/Snippet';
import '../styles/search.css';

const PAGE_SIZE = 20;

interface Ran {
  query: string;
  exact: boolean;
  facets: FacetSelection;
  page: number;
}

/** The last search in a case, so that coming back to the tab (after reading or coding a hit) shows it again, re-run. */
let remembered: { caseId: string; text: string; exact: boolean; ran: Ran | undefined } | undefined;

/** Full-text search over the case: query box with syntax help, facets, grouped results with highlighted snippets, batch search. */
export function SearchView() {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const { openDocument, documentsVersion } = useCaseNavigation();
  const [text, setText] = useState('');
  const [exact, setExact] = useState(false);
  const [ran, setRan] = useState<Ran | undefined>();
  const [result, setResult] = useState<SearchPage | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [mode, setMode] = useState<'search' | 'batch'>('search');
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const [codeLabels, setCodeLabels] = useState<Map<string, string>>(new Map());
  const latest = useRef(0);
  const caseId = useRef<string | undefined>(undefined);
  const queryField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    api.documents
      .list()
      .then((docs) => setTitles(new Map(docs.map((doc) => [doc.id, doc.title]))))
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError, documentsVersion]);

  useEffect(() => {
    api.codebook
      .get()
      .then((codebook) => setCodeLabels(new Map(codebook.codes.map((code) => [code.id, `${code.id} ${code.label[language]}`]))))
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError, language]);

  const execute = useCallback(
    (next: Ran) => {
      const ticket = ++latest.current;
      setRan(next);
      api.search
        .query({ query: next.query, exact: next.exact, facets: next.facets, page: next.page, pageSize: PAGE_SIZE })
        .then((page) => {
          if (ticket === latest.current) setResult(page);
        })
        .catch((error: unknown) => {
          const info = asErrorInfo(error);
          if (info.code === 'search.invalidQuery') setProblem(String(info.details['problem'] ?? info.message));
          else onError(info);
        });
    },
    [api, onError],
  );

  // Back on this tab: the case's last search again, run anew (documents or coding may have changed meanwhile).
  useEffect(() => {
    let current = true;
    api.case
      .current()
      .then((summary) => {
        if (!current || !summary) return;
        caseId.current = summary.id;
        if (remembered?.caseId !== summary.id) return;
        setText(remembered.text);
        setExact(remembered.exact);
        if (remembered.ran) execute(remembered.ran);
      })
      .catch((error: unknown) => onError(asErrorInfo(error)));
    return () => {
      current = false;
    };
  }, [api, execute, onError]);

  useEffect(() => {
    if (caseId.current) remembered = { caseId: caseId.current, text, exact, ran };
  }, [text, exact, ran]);

  // While documents are being indexed, look again now and then: new documents join the results.
  const indexing = result && (result.index.state === 'indexing' || result.index.state === 'loading');
  useEffect(() => {
    if (!indexing || !ran) return;
    const timer = setTimeout(() => execute(ran), 1000);
    return () => clearTimeout(timer);
  }, [indexing, ran, execute, result]);

  function submit(event?: FormEvent, facets: FacetSelection = {}, query = text, exactForm = exact) {
    event?.preventDefault();
    const parsed = parseQuery(query);
    if (!parsed.ok) {
      setProblem(describeQueryProblem(language, parsed.problem));
      return;
    }
    setProblem(undefined);
    execute({ query, exact: exactForm, facets, page: 0 });
  }

  async function open(documentId: string, page: number) {
    if (!ran) return;
    try {
      const hits = await api.search.documentHits({ query: ran.query, exact: ran.exact, facets: ran.facets, documentId });
      const highlight = (p: number) => (hits.pages.find((entry) => entry.page === p)?.highlights ?? []).map(([start, end]) => ({ start, end, kind: 'search' }));
      openDocument({ documentId, page, highlights: highlight(page), hits: hits.pages.map((entry) => ({ page: entry.page, highlights: highlight(entry.page) })) });
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }

  // From the results, the next hit is the first one: it opens in the reader, where F3 goes on.
  const firstHit = mode === 'search' ? result?.groups[0] : undefined;
  const firstPassage = firstHit?.passages[0];
  useCommands([
    {
      ...COMMANDS.focusSearch,
      run: () => {
        setMode('search');
        queryField.current?.focus();
      },
    },
    { ...COMMANDS.nextHit, available: () => firstPassage !== undefined, run: () => firstHit && firstPassage && void open(firstHit.documentId, firstPassage.page) },
  ]);

  const pages = result ? Math.ceil(result.documentCount / PAGE_SIZE) : 0;
  return (
    <div className="search-view">
      <div className="search-main">
        <form className="search-form" onSubmit={submit} role="search">
          <label className="search-box">
            <span>{t('search.label')}</span>
            <input
              ref={queryField}
              type="search"
              value={text}
              placeholder={t('search.placeholder')}
              aria-invalid={problem ? 'true' : undefined}
              onChange={(event) => setText(event.target.value)}
            />
          </label>
          <button type="submit">{t('search.submit')}</button>
          <label className="inline-check">
            <input type="checkbox" checked={exact} onChange={(event) => setExact(event.target.checked)} />
            <span>{t('search.exact')}</span>
          </label>
          <SearchHelp />
          <button type="button" className="link" aria-pressed={mode === 'batch'} onClick={() => setMode(mode === 'batch' ? 'search' : 'batch')}>
            {t('search.batch')}
          </button>
        </form>
        {problem ? (
          <p className="search-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <SavedSearches
          current={ran}
          onRun={(saved: SavedSearch) => {
            setText(saved.query);
            setExact(saved.exact);
            setMode('search');
            submit(undefined, saved.facets, saved.query, saved.exact);
          }}
        />
        {mode === 'batch' ? (
          <BatchSearch exact={exact} />
        ) : result && ran ? (
          <section className="search-results" aria-label={t('search.tab')}>
            <p className="muted" role="status">
              {t('search.results', { total: result.total, documents: result.documentCount, ms: result.tookMs })}
              {result.ignored.length > 0 ? ` · ${t('search.ignored', { words: result.ignored.join(', ') })}` : ''}
            </p>
            {indexing ? <p className="search-indexing">{t('search.indexing', { pending: result.index.pendingDocuments })}</p> : null}
            {result.index.failed.length > 0 ? <p className="muted">{t('search.indexFailed', { count: result.index.failed.length })}</p> : null}
            {result.total === 0 ? <p>{t('search.noResults')}</p> : null}
            <ol className="result-list" start={result.page * PAGE_SIZE + 1}>
              {result.groups.map((group) => (
                <li key={group.documentId} className="result-document">
                  <h3>
                    {group.title} <span className="muted">· {t('search.hits', { count: group.hitCount })}</span>
                  </h3>
                  <ul>
                    {group.passages.map((passage) => (
                      <li key={`${passage.page}:${passage.start}`}>
                        <button type="button" className="result-passage" onClick={() => void open(group.documentId, passage.page)}>
                          <span className="result-page">{t('search.pageLabel', { page: passage.page })}</span>
                          <Snippet snippet={passage.snippet} />
                        </button>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
            {pages > 1 ? (
              <nav className="result-pages">
                <button type="button" disabled={ran.page === 0} onClick={() => execute({ ...ran, page: ran.page - 1 })}>
                  {t('search.previousPage')}
                </button>
                <span>{t('search.pageOf', { from: ran.page * PAGE_SIZE + 1, to: Math.min(result.documentCount, (ran.page + 1) * PAGE_SIZE), count: result.documentCount })}</span>
                <button type="button" disabled={ran.page + 1 >= pages} onClick={() => execute({ ...ran, page: ran.page + 1 })}>
                  {t('search.nextPage')}
                </button>
              </nav>
            ) : null}
          </section>
        ) : null}
      </div>
      {mode === 'search' && result && ran ? <FacetPanel facets={result.facets} selection={ran.facets} titles={titles} codeLabels={codeLabels} onChange={(facets) => execute({ ...ran, facets, page: 0 })} /> : null}
    </div>
  );
}
