import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { RecentCaseView } from '../../shared/contract/case';
import type { CaseSummary } from '../../shared/model/case';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { COMMANDS } from '../commands/catalog';
import { useCommands } from '../commands/CommandsProvider';
import { PaletteButton } from '../commands/PaletteButton';
import { DemoCaseCard } from '../components/DemoCaseCard';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SettingsButton } from '../settings/SettingsButton';
import { OpenProblemDialog, isResolvableOpenError } from '../components/reliability/OpenProblemDialog';
import type { ErrorInfo } from '../../shared/errors';

export function StartScreen({ onOpened }: { onOpened: (summary: CaseSummary) => void }) {
  const { t } = useI18n();
  const onError = useReportError();
  const { api, kind } = usePlatform();
  const [recent, setRecent] = useState<RecentCaseView[]>([]);
  const [name, setName] = useState('');
  const [casePath, setCasePath] = useState('');
  const [busy, setBusy] = useState(false);
  const [openProblem, setOpenProblem] = useState<ErrorInfo | undefined>();
  const nameField = useRef<HTMLInputElement>(null);
  const pathField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    api.case
      .recent()
      .then(setRecent)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError]);

  async function run(action: () => Promise<CaseSummary | null>) {
    setBusy(true);
    try {
      const summary = await action();
      if (summary) onOpened(summary);
    } catch (error) {
      const info = asErrorInfo(error);
      if (isResolvableOpenError(info)) setOpenProblem(info);
      else onError(info);
    } finally {
      setBusy(false);
    }
  }

  useCommands([
    { ...COMMANDS.newCase, run: () => nameField.current?.focus() },
    { ...COMMANDS.openCase, available: () => !busy, run: () => (kind === 'electron' ? void run(() => api.case.choose()) : pathField.current?.focus()) },
  ]);

  function create(event: FormEvent) {
    event.preventDefault();
    void run(() => api.case.create({ name }));
  }

  function openByPath(event: FormEvent) {
    event.preventDefault();
    void run(() => api.case.open({ path: casePath }));
  }

  return (
    <main className="start-screen">
      <header className="start-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <div className="header-actions">
          <PaletteButton />
          <LanguageSwitch />
          <SettingsButton />
        </div>
      </header>

      {openProblem ? <OpenProblemDialog error={openProblem} onOpened={onOpened} onCancel={() => setOpenProblem(undefined)} /> : null}

      <DemoCaseCard busy={busy} onOpen={() => run(() => api.case.openDemo())} />

      <section className="card" aria-labelledby="new-case-heading">
        <h2 id="new-case-heading">{t('start.newCase')}</h2>
        <form onSubmit={create} className="inline-form">
          <label>
            <span>{t('start.caseName')}</span>
            <input ref={nameField} value={name} onChange={(event) => setName(event.target.value)} required maxLength={120} />
          </label>
          <button type="submit" disabled={busy || name.trim() === ''}>
            {t('start.create')}
          </button>
        </form>
      </section>

      <section className="card" aria-labelledby="open-case-heading">
        <h2 id="open-case-heading">{t('start.openCase')}</h2>
        {kind === 'electron' ? (
          <button type="button" disabled={busy} onClick={() => void run(() => api.case.choose())}>
            {t('start.choose')}
          </button>
        ) : null}
        <form onSubmit={openByPath} className="inline-form">
          <label>
            <span>{t('start.openByPath')}</span>
            <input ref={pathField} value={casePath} onChange={(event) => setCasePath(event.target.value)} required />
          </label>
          <button type="submit" disabled={busy || casePath.trim() === ''}>
            {t('start.open')}
          </button>
        </form>
      </section>

      <section className="card" aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('start.recent')}</h2>
        {recent.length === 0 ? <p className="muted">{t('start.noRecent')}</p> : null}
        <ul className="recent-list">
          {recent.map((entry) => (
            <li key={entry.path}>
              <button type="button" className="link" disabled={busy || !entry.available} onClick={() => void run(() => api.case.open({ path: entry.path }))}>
                {entry.name}
              </button>
              <span className="muted path">{entry.path}</span>
              {entry.available ? null : <span className="badge">{t('start.unavailable')}</span>}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
