import { useEffect, useState } from 'react';
import { codeTree } from '../../shared/codebook/operations';
import type { RetrievalSort, RetrievedPassage } from '../../shared/contract/coding';
import { useCaseNavigation } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import type { MessageKey } from '../../shared/i18n';
import { CodebookManager } from './CodebookManager';
import { CooccurrenceView } from './CooccurrenceView';
import { CountsView } from './CountsView';
import { MemosView } from './MemosView';
import { PassageResults } from './PassageResults';
import { useCoding, type CodingData } from './use-coding';
import '../styles/coding.css';

type Section = 'passages' | 'counts' | 'cooccurrence' | 'memos' | 'manage';
const SECTIONS: Array<[Section, MessageKey]> = [
  ['passages', 'retrieval.passages'],
  ['counts', 'retrieval.counts'],
  ['cooccurrence', 'retrieval.cooccurrence'],
  ['memos', 'retrieval.memos'],
  ['manage', 'retrieval.manage'],
];

function CodePassages({ coding }: { coding: CodingData }) {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const { focus } = useCaseNavigation();
  // Sent here from a cell of the Overview's heat map: that code in that document, as the cell counted it (without sub-codes).
  const focused = focus?.view === 'coding' ? focus : undefined;
  const [codeId, setCodeId] = useState<string | undefined>(focused?.codeId);
  const [documentFilter, setDocumentFilter] = useState<{ id: string; title: string } | undefined>(focused ? { id: focused.documentId, title: focused.documentTitle } : undefined);
  const [includeSubcodes, setIncludeSubcodes] = useState(!focused);
  const [sort, setSort] = useState<RetrievalSort>('date');
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ total: number; items: RetrievedPassage[] }>();
  const [totals, setTotals] = useState<Record<string, number>>({});

  useEffect(() => {
    api.coding
      .counts()
      .then(({ rows }) => {
        const sums: Record<string, number> = {};
        for (const row of rows) for (const [id, count] of Object.entries(row.counts)) sums[id] = (sums[id] ?? 0) + count;
        setTotals(sums);
      })
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError]);

  useEffect(() => {
    if (!codeId) return;
    let current = true;
    api.coding
      .retrieve({ codeId, includeSubcodes, sort, query, limit: 500, ...(documentFilter ? { documentId: documentFilter.id } : {}) })
      .then((loaded) => current && setResult(loaded))
      .catch((error: unknown) => onError(asErrorInfo(error)));
    return () => {
      current = false;
    };
  }, [api, codeId, includeSubcodes, sort, query, documentFilter, onError]);

  const codebook = coding.codebook;
  return (
    <div className="retrieval-split">
      <nav className="retrieval-codes" aria-label={t('coding.codebook')}>
        <ul>
          {codebook
            ? codeTree(codebook, { includeRetired: true }).map(({ code, depth }) => (
                <li key={code.id} style={{ paddingLeft: `${depth * 0.9}rem` }}>
                  <button type="button" className="code-button" aria-current={code.id === codeId ? 'true' : undefined} onClick={() => setCodeId(code.id)}>
                    <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
                    <span className="code-id">{code.id}</span>
                    <span className="code-label">{code.label[language]}</span>
                    {code.retired ? <span className="badge">{t('coding.retired')}</span> : null}
                    {totals[code.id] ? <span className="count">{totals[code.id]}</span> : null}
                  </button>
                </li>
              ))
            : null}
        </ul>
      </nav>
      <div className="retrieval-results">
        {codeId ? (
          <>
            <div className="retrieval-controls">
              <label className="inline">
                <input type="checkbox" checked={includeSubcodes} onChange={(event) => setIncludeSubcodes(event.target.checked)} />
                <span>{t('retrieval.includeSubcodes')}</span>
              </label>
              <label>
                <span>{t('retrieval.sort')}</span>
                <select value={sort} onChange={(event) => setSort(event.target.value as RetrievalSort)}>
                  <option value="date">{t('retrieval.sortDate')}</option>
                  <option value="document">{t('retrieval.sortDocument')}</option>
                  <option value="created">{t('retrieval.sortCreated')}</option>
                </select>
              </label>
              <label>
                <span>{t('retrieval.filter')}</span>
                <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
              </label>
              {documentFilter ? (
                <p className="document-filter">
                  {t('overview.link.inDocument', { title: documentFilter.title })}{' '}
                  <button type="button" className="link" onClick={() => setDocumentFilter(undefined)}>
                    {t('overview.link.allDocuments')}
                  </button>
                </p>
              ) : null}
            </div>
            {result ? <PassageResults items={result.items} total={result.total} codebook={codebook} label={codeId} /> : null}
          </>
        ) : (
          <p className="muted">{t('retrieval.chooseCode')}</p>
        )}
      </div>
    </div>
  );
}

/** The Codes tab: passages per code, counts per document, co-occurrence, memos, and the codebook itself. */
export function RetrievalView() {
  const { t } = useI18n();
  const coding = useCoding();
  const [section, setSection] = useState<Section>('passages');
  return (
    <div className="retrieval-view">
      <nav className="sub-tabs" role="tablist" aria-label={t('coding.tab')}>
        {SECTIONS.map(([id, label]) => (
          <button
            key={id}
            id={`retrieval-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={section === id}
            aria-controls="retrieval-panel"
            className={section === id ? 'tab active' : 'tab'}
            onClick={() => setSection(id)}
          >
            {t(label)}
          </button>
        ))}
      </nav>
      <div id="retrieval-panel" className="retrieval-panel" role="tabpanel" aria-labelledby={`retrieval-tab-${section}`}>
        {section === 'passages' ? <CodePassages coding={coding} /> : null}
        {section === 'counts' ? <CountsView codebook={coding.codebook} /> : null}
        {section === 'cooccurrence' ? <CooccurrenceView codebook={coding.codebook} /> : null}
        {section === 'memos' ? <MemosView /> : null}
        {section === 'manage' ? <CodebookManager coding={coding} /> : null}
      </div>
    </div>
  );
}
