import { useRef, useState } from 'react';
import { ExportFormat, type FileDownload } from '../../shared/contract/chronology';
import type { Codebook } from '../../shared/model/coding';
import type { Language } from '../../shared/model/settings';
import { asErrorInfo } from '../app/errors';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { useReportError } from '../app/report-error';
import { COMMANDS } from '../commands/catalog';
import { useCommands } from '../commands/CommandsProvider';

/** Offers an export as a download (a blob URL: nothing leaves the machine). */
export function downloadFile(file: FileDownload): void {
  const bytes = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (ch) => ch.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The export action: report (HTML or .docx) in Dutch or English with optional code sections, CSV, TimelineJS. */
export function ExportPanel({ codebook }: { codebook: Codebook | undefined }) {
  const { t, language } = useI18n();
  const { api } = usePlatform();
  const onError = useReportError();
  const [format, setFormat] = useState<ExportFormat>('html');
  const [reportLanguage, setReportLanguage] = useState<Language>(language);
  const [codeSections, setCodeSections] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const codes = codebook?.codes.filter((code) => code.codable && !code.retired) ?? [];
  const isReport = format === 'html' || format === 'docx';
  const formatField = useRef<HTMLSelectElement>(null);
  // Exporting starts at its first choice, the format; the Export button then runs it.
  useCommands([{ ...COMMANDS.exportChronology, run: () => formatField.current?.focus() }]);

  async function run() {
    setBusy(true);
    setDone(undefined);
    try {
      const file = await api.chronology.export({ format, options: { language: reportLanguage, ...(isReport && codeSections.length ? { codeSections } : {}) } });
      downloadFile(file);
      setDone(file.fileName);
    } catch (error) {
      onError(asErrorInfo(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="export-panel" aria-label={t('chronology.export')}>
      <h3>{t('chronology.export')}</h3>
      <label>
        <span>{t('chronology.exportFormat')}</span>
        <select ref={formatField} value={format} onChange={(change) => setFormat(change.target.value as ExportFormat)}>
          {ExportFormat.options.map((option) => (
            <option key={option} value={option}>
              {t(`chronology.format.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('chronology.exportLanguage')}</span>
        <select value={reportLanguage} onChange={(change) => setReportLanguage(change.target.value as Language)}>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </label>
      {isReport ? (
        <details>
          <summary>{t('chronology.exportCodes')}</summary>
          {codes.map((code) => (
            <label key={code.id} className="check">
              <input type="checkbox" checked={codeSections.includes(code.id)} onChange={(change) => setCodeSections(change.target.checked ? [...codeSections, code.id] : codeSections.filter((id) => id !== code.id))} />
              {code.id} {code.label[language]}
            </label>
          ))}
        </details>
      ) : null}
      <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
        {t('chronology.export')}
      </button>
      {done ? <p role="status">{t('chronology.exportDone', { file: done })}</p> : null}
    </section>
  );
}
