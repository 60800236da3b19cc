import { useEffect, useState } from 'react';
import type { ImportProgress } from '../../shared/model/import';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { COMMANDS } from '../commands/catalog';
import { useCommands } from '../commands/CommandsProvider';

interface Props {
  busy: boolean;
  /** Opens the demo case (building it the first time); settles when it is open or has failed. */
  onOpen: () => Promise<void>;
}

/** The start screen's way into the demo case: one button, and while the case is built the import's progress. */
export function DemoCaseCard({ busy, onOpen }: Props) {
  const { t } = useI18n();
  const { api } = usePlatform();
  const [building, setBuilding] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | undefined>();

  useEffect(() => (building ? api.on('import:progress', setProgress) : undefined), [api, building]);

  async function open() {
    setBuilding(true);
    setProgress(undefined);
    try {
      await onOpen();
    } finally {
      setBuilding(false);
    }
  }

  useCommands([{ ...COMMANDS.openDemo, available: () => !busy && !building, run: () => void open() }]);

  const percent = progress ? Math.floor(progress.fraction * 100) : undefined;
  return (
    <section className="card" aria-labelledby="demo-heading">
      <h2 id="demo-heading">{t('demo.heading')}</h2>
      <p>{t('demo.explanation')}</p>
      <button type="button" disabled={busy} onClick={() => void open()}>
        {t('demo.open')}
      </button>
      {building ? (
        <div className="import-progress" role="status">
          <progress max={100} value={percent} aria-label={t('demo.building')} />
          <div>{progress && percent !== undefined ? t('demo.progress', { percent, file: progress.fileName }) : t('demo.building')}</div>
        </div>
      ) : null}
    </section>
  );
}
