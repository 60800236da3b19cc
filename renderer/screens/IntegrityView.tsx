import { useCallback, useEffect, useState } from 'react';
import type { AuditPage } from '../../shared/contract/integrity';
import type { AuditVerification, BackupInfo, IntegrityProblemKind } from '../../shared/model/integrity';
import type { MessageKey } from '../../shared/i18n';
import { auditProblemText, integrityDetail, recoveryText } from '../../shared/i18n/integrity';
import { useCaseNavigation } from '../app/case-navigation';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { COMMANDS } from '../commands/catalog';
import { useCommands } from '../commands/CommandsProvider';
import { runIntegrityCheck, useIntegrity } from '../components/reliability/integrity-store';
import { TextRepair } from '../components/reliability/TextRepair';
import '../styles/reliability.css';

const kindLabel = (kind: IntegrityProblemKind) => `integrity.kind.${kind}` as MessageKey;
const reasonLabel = (reason: BackupInfo['reason']) => `backups.reason.${reason}` as MessageKey;

function IntegritySection() {
  const { t, describe, language, dateTime } = useI18n();
  const { api } = usePlatform();
  const { running, progress, report, error, stopped } = useIntegrity();
  // Opening the view asks for the current state: documents may have been imported since the check on opening.
  useEffect(() => {
    void runIntegrityCheck(api);
  }, [api]);
  return (
    <section className="card" aria-labelledby="integrity-heading">
      <h2 id="integrity-heading">{t('integrity.heading')}</h2>
      <div className="integrity-status" role="status" aria-label={t('integrity.statusLabel')}>
        {running ? <p>{t('integrity.checking', { done: progress?.done ?? 0, total: progress?.total ?? 0 })}</p> : null}
        {!running && error ? <p className="problem">{describe(error)}</p> : null}
        {!running && stopped ? <p className="problem">{t('progress.verifyStopped')}</p> : null}
        {!running && report ? (
          report.problems.length === 0 ? (
            <p className="ok">{t('integrity.ok', { count: report.originalsVerified })}</p>
          ) : (
            <p className="problem">{t('integrity.problems', { count: report.problems.length })}</p>
          )
        ) : null}
        {report ? <p className="muted">{t('integrity.checkedAt', { time: dateTime(report.checkedAt) })}</p> : null}
      </div>
      {report && report.problems.length > 0 ? (
        <table className="integrity-problems">
          <tbody>
            {report.problems.map((problem, index) => (
              <tr key={index}>
                <th scope="row">{t(kindLabel(problem.kind))}</th>
                <td>
                  {problem.document ? <strong>{problem.document}</strong> : null}
                  <code className="path">{problem.file}</code>
                </td>
                <td>{integrityDetail(language, problem)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {report ? <TextRepair report={report} /> : null}
      {report?.recovered.map((note) => (
        <p key={note.detail} className="muted">
          {t('integrity.recovered', { what: recoveryText(language, note) })}
        </p>
      ))}
      <button type="button" disabled={running} onClick={() => void runIntegrityCheck(api)}>
        {t('integrity.verifyNow')}
      </button>
    </section>
  );
}

function AuditSection() {
  const { t, language, dateTime } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const [page, setPage] = useState<AuditPage | undefined>();
  const [verification, setVerification] = useState<AuditVerification | undefined>();
  const { documentsVersion } = useCaseNavigation();

  useEffect(() => {
    api.case
      .audit({ limit: 50 })
      .then(setPage)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError, documentsVersion]);

  async function verify() {
    try {
      setVerification(await api.case.auditVerify());
    } catch (error) {
      onError(asErrorInfo(error));
    }
  }
  useCommands([{ ...COMMANDS.verifyAudit, run: () => void verify() }]);

  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('audit.heading')}</h2>
      <button type="button" onClick={() => void verify()}>
        {t('audit.verify')}
      </button>
      {verification ? (
        <div role="status" aria-label={t('audit.verificationLabel')} className={verification.valid ? 'ok' : 'problem'}>
          <p>{verification.valid ? t('audit.valid', { entries: verification.entries }) : t('audit.invalid')}</p>
          <ul>
            {verification.problems.map((problem) => (
              <li key={`${problem.line} ${problem.reason}`}>{t('integrity.auditLine', { line: problem.line, problem: auditProblemText(language, problem) })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {page ? (
        <>
          <p>
            {t('audit.head')}: <code className="hash">{page.headHash}</code>
          </p>
          <table className="audit-entries">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('audit.when')}</th>
                <th>{t('audit.who')}</th>
                <th>{t('audit.what')}</th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((entry) => (
                <tr key={entry.seq}>
                  <td>{entry.seq}</td>
                  <td>{dateTime(entry.time)}</td>
                  <td>{entry.analyst}</td>
                  <td>
                    <code>{entry.type}</code> {entry.summary}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

function BackupsSection() {
  const { t, dateTime } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const { documentsChanged } = useCaseNavigation();
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [confirming, setConfirming] = useState<BackupInfo | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => {
    api.case
      .backups({})
      .then(setBackups)
      .catch((error: unknown) => onError(asErrorInfo(error)));
  }, [api, onError]);
  useEffect(refresh, [refresh]);

  async function act(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      onError(asErrorInfo(error));
    } finally {
      setBusy(false);
      refresh();
    }
  }

  const restore = (backup: BackupInfo) =>
    act(async () => {
      const current = await api.case.current();
      if (!current) return;
      const outcome = await api.case.restore({ path: current.path, backupId: backup.id });
      setConfirming(undefined);
      setDone(t('corrupt.restored', { time: dateTime(outcome.backup.createdAt), files: outcome.restored.join(', ') }));
      documentsChanged();
      await runIntegrityCheck(api);
    });

  return (
    <section className="card" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t('backups.heading')}</h2>
      <button type="button" disabled={busy} onClick={() => void act(async () => void (await api.case.backup()))}>
        {t('backups.now')}
      </button>
      {done ? (
        <p className="ok" role="status">
          {done}
        </p>
      ) : null}
      {backups.length === 0 ? <p className="muted">{t('backups.none')}</p> : null}
      <ul className="backup-list">
        {backups.map((backup) => (
          <li key={backup.id}>
            <span>{dateTime(backup.createdAt)}</span>
            <span className="badge">{t(reasonLabel(backup.reason))}</span>
            <span className="muted">{backup.files.join(', ')}</span>
            {confirming?.id === backup.id ? (
              <span className="confirm" role="group" aria-label={t('backups.confirmLabel')}>
                {t('backups.confirm', { time: dateTime(backup.createdAt) })}
                <button type="button" disabled={busy} onClick={() => void restore(backup)}>
                  {t('backups.restore')}
                </button>
                <button type="button" className="link" onClick={() => setConfirming(undefined)}>
                  {t('lock.cancel')}
                </button>
              </span>
            ) : (
              <button type="button" className="secondary" disabled={busy} onClick={() => setConfirming(backup)}>
                {t('backups.restore')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Evidence integrity, the audit log and backups of the open case. */
export function IntegrityView() {
  return (
    <div className="integrity-view">
      <IntegritySection />
      <AuditSection />
      <BackupsSection />
    </div>
  );
}
