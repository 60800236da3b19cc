import { useState } from 'react';
import type { IntegrityReport, TextRepairReport } from '../../../shared/model/integrity';
import { useCaseNavigation } from '../../app/case-navigation';
import { asErrorInfo } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { useReportError } from '../../app/report-error';
import { runIntegrityCheck } from './integrity-store';

type Anchor = TextRepairReport['anchors'][number];

function AnchorRow({ anchor }: { anchor: Anchor }) {
  const { t } = useI18n();
  const { openDocument } = useCaseNavigation();
  const outcome =
    anchor.status === 'moved' ? t('integrity.anchorMoved', { page: anchor.newPage ?? anchor.page }) : t(anchor.status === 'lost' ? 'integrity.anchorLost' : 'integrity.anchorAmbiguous');
  return (
    <li className={`anchor-${anchor.status}`}>
      <strong>{anchor.kind === 'passage' ? t('integrity.anchorPassage') : t('integrity.anchorCitation', { event: anchor.event ?? '' })}</strong>{' '}
      <q>{anchor.quote}</q>{' '}
      <button type="button" className="link" onClick={() => openDocument({ documentId: anchor.documentId, page: anchor.status === 'moved' ? anchor.newPage : anchor.page })}>
        {t('integrity.anchorWhere', { page: anchor.page, document: anchor.documentTitle })}
      </button>
      : {outcome}
    </li>
  );
}

/**
 * Offers to read damaged or missing extracted text again from the verified
 * originals, and says what it did: which texts came back, which could not
 * (a changed original), and every coded passage or citation that moved or
 * could not be found again in the new text.
 */
export function TextRepair({ report }: { report: IntegrityReport }) {
  const { t, describe } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const { documentsChanged } = useCaseNavigation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TextRepairReport | undefined>();
  const damaged = new Set(report.problems.filter((problem) => problem.kind === 'textMissing' || problem.kind === 'textCorrupt').map((problem) => problem.file));

  async function repair() {
    setBusy(true);
    try {
      setResult(await api.case.repairText({}));
      documentsChanged();
      await runIntegrityCheck(api);
    } catch (error) {
      onError(asErrorInfo(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="text-repair">
      {damaged.size > 0 ? (
        <p>
          {t('integrity.repairHint', { count: damaged.size })}{' '}
          <button type="button" disabled={busy} onClick={() => void repair()}>
            {busy ? t('integrity.repairing') : t('integrity.repairText')}
          </button>
        </p>
      ) : null}
      {result ? (
        <div role="status" aria-label={t('repair.resultLabel')}>
          <p className="ok">{t('integrity.repairDone', { count: result.repaired.length })}</p>
          {result.failed.map((failure) => (
            <p key={failure.documentId} className="problem">
              {t('integrity.repairFailed', { title: failure.title, reason: describe(failure.error) })}
            </p>
          ))}
          {result.anchorProblem ? <p className="problem">{describe(result.anchorProblem)}</p> : null}
          {result.anchors.length === 0 && result.anchorsChecked > 0 && !result.anchorProblem ? <p className="muted">{t('integrity.anchorsOk', { count: result.anchorsChecked })}</p> : null}
          <ul className="anchor-changes">
            {result.anchors.map((anchor) => (
              <AnchorRow key={`${anchor.kind}-${anchor.id}`} anchor={anchor} />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
