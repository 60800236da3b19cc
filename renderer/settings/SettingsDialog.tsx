import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ErrorInfo } from '../../shared/errors';
import { Language, Theme, type Settings, type SettingsPatch } from '../../shared/model/settings';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useSettings } from './settings-context';

interface Draft {
  analystName: string;
  language: Language;
  theme: Theme;
  ocr: boolean;
  casesDir: string;
}

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [href], [tabindex]:not([tabindex="-1"])';

/** Tab from the last control goes to the first and Shift+Tab from the first to the last: focus never leaves for the browser's own bar. */
function wrapFocus(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const [first, last] = [controls[0], controls[controls.length - 1]];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey ? active === first : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

function draftOf(settings: Settings): Draft {
  return { analystName: settings.analystName, language: settings.language, theme: settings.theme, ocr: settings.ocr, casesDir: settings.casesDir ?? '' };
}

/** Only what the person changed in the dialog: saving the theme does not also write every other setting back. */
function changes(before: Draft, after: Draft): SettingsPatch {
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => before[key as keyof Draft] !== value)) as SettingsPatch;
}

/**
 * The settings as a modal dialog (the native <dialog>: the page behind it is
 * inert, so focus stays inside; Escape closes). Nothing changes until Save;
 * a data folder that cannot hold cases is refused with the reason, and the
 * dialog stays open.
 */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t, describe } = useI18n();
  const { kind, api } = usePlatform();
  const { settings, update } = useSettings();
  const [opened] = useState<Draft>(() => draftOf(settings));
  const [draft, setDraft] = useState<Draft>(opened);
  const [error, setError] = useState<ErrorInfo | undefined>();
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await update(changes(opened, draft));
      onClose();
    } catch (caught) {
      setError(asErrorInfo(caught));
    } finally {
      setBusy(false);
    }
  }

  async function chooseFolder() {
    try {
      const folder = await api.settings.chooseCasesDir();
      if (folder !== null) change({ casesDir: folder });
    } catch (caught) {
      setError(asErrorInfo(caught));
    }
  }

  return (
    <dialog
      ref={dialog}
      className="settings-dialog"
      aria-labelledby={`${ids}-title`}
      onKeyDown={wrapFocus}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(event) => void save(event)}>
        <h2 id={`${ids}-title`}>{t('settings.title')}</h2>

        <label>
          <span>{t('settings.analystName')}</span>
          <input value={draft.analystName} maxLength={200} aria-describedby={`${ids}-analyst`} onChange={(event) => change({ analystName: event.target.value })} />
        </label>
        <p className="hint" id={`${ids}-analyst`}>
          {t('settings.analystHint')}
        </p>

        <label>
          <span>{t('settings.language')}</span>
          <select value={draft.language} onChange={(event) => change({ language: Language.parse(event.target.value) })}>
            {Language.options.map((option) => (
              <option key={option} value={option}>
                {t(`language.${option}`)}
              </option>
            ))}
          </select>
        </label>

        <fieldset className="theme-choice">
          <legend>{t('settings.theme')}</legend>
          {Theme.options.map((option) => (
            <label key={option} className="check">
              <input type="radio" name={`${ids}-theme`} value={option} checked={draft.theme === option} onChange={() => change({ theme: option })} />
              <span>{t(`settings.theme.${option}`)}</span>
            </label>
          ))}
        </fieldset>

        <label className="check">
          <input type="checkbox" checked={draft.ocr} aria-describedby={`${ids}-ocr`} onChange={(event) => change({ ocr: event.target.checked })} />
          <span>{t('settings.ocr')}</span>
        </label>
        <p className="hint" id={`${ids}-ocr`}>
          {t('settings.ocrHint')}
        </p>

        <label>
          <span>{t('settings.casesDir')}</span>
          <input value={draft.casesDir} spellCheck={false} aria-describedby={`${ids}-folder`} onChange={(event) => change({ casesDir: event.target.value })} />
        </label>
        <p className="hint" id={`${ids}-folder`}>
          {t('settings.casesDirHint')}
        </p>
        <div className="actions">
          {kind === 'electron' ? (
            <button type="button" className="secondary" onClick={() => void chooseFolder()}>
              {t('settings.casesDirChoose')}
            </button>
          ) : null}
          <button type="button" className="secondary" disabled={draft.casesDir === ''} onClick={() => change({ casesDir: '' })}>
            {t('settings.casesDirDefault')}
          </button>
        </div>

        {error ? (
          <p className="settings-error" role="alert">
            {describe(error)}
          </p>
        ) : null}

        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('settings.close')}
          </button>
          <button type="submit" disabled={busy}>
            {t('settings.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
