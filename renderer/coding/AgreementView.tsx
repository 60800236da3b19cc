import { useCallback, useEffect, useState } from 'react';
import type { AgreementReport, MergeChoice, MergePreview } from '../../shared/contract/coding';
import { useCaseNavigation } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { FileButton } from './FileButton';
import { download, textFileInput } from './files';
import { codeLabel } from './highlights';
import { useCoding } from './use-coding';
import '../styles/coding.css';
import { LOCALES } from '../../shared/i18n';
import type { Language } from '../../shared/model/settings';

function percent(value: number | null, language: Language): string {
  return value === null ? '–' : new Intl.NumberFormat(LOCALES[language], { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value / 100);
}

function kappa(value: number | null, language: Language): string {
  return value === null ? '–' : new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
}

function Marked({ text, ranges }: { text: string; ranges: Array<[number, number]> }) {
  const pieces: Array<{ text: string; marked: boolean }> = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), marked: false });
  return (
    <p className="disputed">
      {pieces.map((piece, index) => (piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
    </p>
  );
}

function MergePanel({ onMerged }: { onMerged: () => void }) {
  const { t } = useI18n();
  const platform = usePlatform();
  const onError = useReportError();
  const [preview, setPreview] = useState<MergePreview>();
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const [done, setDone] = useState<string>();

  async function read(file: File) {
    try {
      setDone(undefined);
      const loaded = await platform.api.coding.mergePreview(await textFileInput(platform, file));
      setPreview(loaded);
      setChoices(Object.fromEntries(loaded.conflicts.map((conflict) => [conflict.id, 'ours' as MergeChoice])));
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }

  async function apply() {
    if (!preview) return;
    try {
      const outcome = await platform.api.coding.mergeApply({ token: preview.token, resolutions: choices });
      setPreview(undefined);
      setDone(t('team.merged', { passages: outcome.addedPassages, memos: outcome.addedMemos, codes: outcome.addedCodes, conflicts: outcome.resolvedConflicts }));
      onMerged();
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }

  return (
    <section className="card" aria-labelledby="merge-heading">
      <h2 id="merge-heading">{t('team.merge')}</h2>
      <p className="muted">{t('team.mergeHelp')}</p>
      <FileButton label={t('team.chooseExport')} accept=".json,.qdpx,application/json" testId="merge-input" onFile={(file) => void read(file)} />
      {done ? <p role="status">{done}</p> : null}
      {preview ? (
        <div className="merge-preview" role="region" aria-label={t('team.preview')}>
          <p>{t('team.from', { analyst: preview.from.analyst, caseName: preview.from.caseName, date: preview.from.exportedAt.slice(0, 10) })}</p>
          <ul>
            <li>{t('team.matched', { count: preview.matchedDocuments })}</li>
            {preview.missingDocuments.length > 0 ? <li className="import-failed">{t('team.missing', { count: preview.missingDocuments.length, titles: preview.missingDocuments.map((d) => d.title).join(', '), skipped: preview.skippedPassages })}</li> : null}
            <li>{t('team.adds', { passages: preview.newPassages, memos: preview.newMemos, codes: preview.newCodes.length, identical: preview.identical })}</li>
          </ul>
          {preview.conflicts.length > 0 ? (
            <table className="agreement-table conflicts">
              <caption>{t('team.conflicts', { count: preview.conflicts.length })}</caption>
              <thead>
                <tr>
                  <th>{t('team.what')}</th>
                  <th>{t('team.ours')}</th>
                  <th>{t('team.theirs')}</th>
                  <th>{t('team.keep')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.conflicts.map((conflict) => (
                  <tr key={conflict.id}>
                    <th scope="row">{t(`team.kind.${conflict.kind}`)}</th>
                    <td>{conflict.ours}</td>
                    <td>{conflict.theirs}</td>
                    <td>
                      {conflict.choices.map((choice) => (
                        <label key={choice} className="inline">
                          <input type="radio" name={conflict.id} checked={choices[conflict.id] === choice} onChange={() => setChoices({ ...choices, [conflict.id]: choice })} />
                          <span>{t(`team.choice.${choice}`)}</span>
                        </label>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <button type="button" onClick={() => void apply()}>
            {t('team.apply')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function AgreementPanel({ version }: { version: number }) {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const { openDocument } = useCaseNavigation();
  const coding = useCoding();
  const [analysts, setAnalysts] = useState<string[]>([]);
  const [chosenA, setA] = useState('');
  const [chosenB, setB] = useState('');
  // The choice stands while both names exist and differ; otherwise the first two different names.
  const a = analysts.includes(chosenA) ? chosenA : (analysts[0] ?? '');
  const b = analysts.includes(chosenB) && chosenB !== a ? chosenB : (analysts.find((name) => name !== a) ?? '');
  const [report, setReport] = useState<AgreementReport>();

  useEffect(() => {
    api.coding
      .analysts()
      .then(setAnalysts)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError, version]);

  useEffect(() => {
    if (!a || !b || a === b) {
      setReport(undefined);
      return;
    }
    api.coding
      .agreement({ analystA: a, analystB: b })
      .then(setReport)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, a, b, version, onError]);

  if (analysts.length < 2) return <p className="muted">{t('team.needTwo')}</p>;
  return (
    <section className="card" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{t('team.agreement')}</h2>
      <div className="inline-form">
        <label>
          <span>{t('team.analystA')}</span>
          <select value={a} onChange={(event) => setA(event.target.value)}>
            {analysts.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('team.analystB')}</span>
          <select value={b} onChange={(event) => setB(event.target.value)}>
            {analysts.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
      </div>
      {report ? (
        <>
          <p className="muted">{t('team.scope', { count: report.documents.length, characters: report.characters, titles: report.documents.map((d) => d.title).join(', ') })}</p>
          <table className="agreement-table" aria-label={t('team.agreement')}>
            <thead>
              <tr>
                <th>{t('team.code')}</th>
                <th>{t('team.charsA', { name: report.analystA })}</th>
                <th>{t('team.charsB', { name: report.analystB })}</th>
                <th>{t('team.both')}</th>
                <th>{t('team.percent')}</th>
                <th>{t('team.kappa')}</th>
                <th>{t('team.overlap')}</th>
              </tr>
            </thead>
            <tbody>
              {report.perCode.map((row) => (
                <tr key={row.codeId}>
                  <th scope="row">{codeLabel(coding.codebook, row.codeId, language)}</th>
                  <td>{row.both + row.aOnly}</td>
                  <td>{row.both + row.bOnly}</td>
                  <td>{row.both}</td>
                  <td>{percent(row.percent, language)}</td>
                  <td>{kappa(row.kappa, language)}</td>
                  <td>{percent(row.overlapPercent, language)}</td>
                </tr>
              ))}
              <tr className="overall">
                <th scope="row">{t('team.overall')}</th>
                <td>{report.overall.both + report.overall.aOnly}</td>
                <td>{report.overall.both + report.overall.bOnly}</td>
                <td>{report.overall.both}</td>
                <td>{percent(report.overall.percent, language)}</td>
                <td>{kappa(report.overall.kappa, language)}</td>
                <td>{percent(report.overall.overlapPercent, language)}</td>
              </tr>
            </tbody>
          </table>
          <p className="muted">{t('team.method')}</p>
          <h3>{t('team.disagreements', { count: report.disagreementCount })}</h3>
          <ol className="disagreements" aria-label={t('team.disagreements', { count: report.disagreementCount })}>
            {report.disagreements.map((d) => (
              <li key={`${d.codeId}-${d.documentId}-${d.page}-${d.start}`}>
                <header>
                  <strong>{codeLabel(coding.codebook, d.codeId, language)}</strong> · {d.documentTitle} · p. {d.page}
                  <button type="button" className="link" onClick={() => openDocument({ documentId: d.documentId, page: d.page, highlights: [{ start: d.start, end: d.end, kind: 'target' }] })}>
                    {t('retrieval.open', { page: d.page })}
                  </button>
                </header>
                <div className="side-by-side">
                  <div>
                    <h4>{report.analystA}</h4>
                    <Marked text={d.text} ranges={d.aRanges} />
                  </div>
                  <div>
                    <h4>{report.analystB}</h4>
                    <Marked text={d.text} ranges={d.bRanges} />
                  </div>
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

/** The Team tab: export this case's coding, merge a colleague's, compare two analysts. */
export function AgreementView() {
  const { t } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const [version, setVersion] = useState(0);
  const exportCoding = useCallback(() => {
    api.coding
      .exportBundle()
      .then(download)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError]);
  return (
    <div className="agreement-view">
      <section className="card" aria-labelledby="export-heading">
        <h2 id="export-heading">{t('team.export')}</h2>
        <p className="muted">{t('team.exportHelp')}</p>
        <button type="button" onClick={exportCoding}>
          {t('team.exportButton')}
        </button>
      </section>
      <MergePanel onMerged={() => setVersion((v) => v + 1)} />
      <AgreementPanel version={version} />
    </div>
  );
}
