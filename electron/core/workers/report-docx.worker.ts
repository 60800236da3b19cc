/**
 * Worker thread: writes the .docx report (rendering the signal chain to PNG
 * and packing the Word document, about two seconds for a chronology of a
 * thousand events), so the thread that answers the UI never waits on it.
 */
import type { Report } from '../../../shared/export/report/model';
import { renderFigurePng } from '../chronology/figure-png';
import { reportDocx, type DocxOptions } from '../chronology/report-docx';

export interface ReportDocxTask {
  report: Report;
}

export default async function writeReportDocx({ report }: ReportDocxTask): Promise<Uint8Array> {
  const chain = report.signalChain;
  let options: DocxOptions = {};
  if (chain && chain.signals.length > 0) {
    const figure = await renderFigurePng(chain, report.language);
    options = 'error' in figure ? { figureMissingReason: figure.error } : { figure: { png: figure.png, width: chain.width, height: chain.height } };
  }
  return reportDocx(report, options);
}
