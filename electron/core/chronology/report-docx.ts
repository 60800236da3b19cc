import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { translate } from '../../../shared/i18n';
import type { Report, ReportEvent } from '../../../shared/export/report/model';
import { signalChainSvg } from '../../../shared/export/report/svg';

/**
 * The report as a Word document (.docx) with real footnotes: each citation
 * is a footnote on the event's title, numbered as in the HTML report. The
 * signal chain figure is the same SVG as in HTML, embedded with a PNG
 * rendering for Word versions that cannot show SVG; without a PNG (no
 * renderer available) the figure is given as a table and the report says so.
 *
 * A pure writer like those in shared/export, kept on the Node side only
 * because the `docx` package's type declarations pull Node's globals into
 * any program that imports it, which would let Node APIs slip into shared/.
 */

export interface DocxFigure {
  png: Uint8Array;
  /** Pixel size of the PNG. */
  width: number;
  height: number;
}

export interface DocxOptions {
  figure?: DocxFigure;
  /** Why there is no figure image, when there is a chain to draw. */
  figureMissingReason?: string;
}

/** Width of the text column of an A4 page with 2 cm margins, in pixels at 96 dpi. */
const COLUMN_PX = 642;

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ heading: level, children: [new TextRun(text)] });
}

function small(text: string, options: { italics?: boolean; color?: string; bold?: boolean } = {}): TextRun {
  return new TextRun({ text, size: 18, ...options });
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, size: 16, bold })] })] });
}

function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }), ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) }))],
  });
}

function eventParagraphs(report: Report, event: ReportEvent): Paragraph[] {
  const { labels } = report;
  const title: ParagraphChild[] = [new TextRun({ text: event.title, bold: true }), ...event.footnotes.map((number) => new FootnoteReferenceRun(number))];
  const meta = [
    event.typeLabel,
    event.statusLabel,
    event.actors.length ? `${labels.actors}: ${event.actors.map((actor) => `${actor.name} (${actor.roleLabel})`).join(', ')}` : '',
    event.codes.length ? `${labels.codes}: ${event.codes.join(', ')}` : '',
  ].filter(Boolean);
  const paragraphs = [
    new Paragraph({ keepNext: true, spacing: { before: 200 }, children: [new TextRun({ text: event.dateText, bold: true, color: '333333' })] }),
    new Paragraph({ keepNext: true, children: title }),
    new Paragraph({ children: [small(meta.join(' · '), { color: '444444' })] }),
  ];
  if (!event.supported) paragraphs.push(new Paragraph({ children: [small(labels.unsupported, { bold: true, color: 'B00020' })] }));
  if (event.description.trim()) paragraphs.push(new Paragraph({ children: [new TextRun(event.description)] }));
  if (event.signal) {
    const signal = event.signal;
    paragraphs.push(
      new Paragraph({
        children: [
          small(`${labels.signal}: `, { bold: true }),
          small(`${signal.from.name} (${signal.from.roleLabel}) → ${signal.to.name} (${signal.to.roleLabel})${signal.content ? `: ${signal.content}` : ''}. `),
          small(`${labels.answer}: `, { bold: true }),
          small(signal.answer),
          ...(signal.codes.length ? [small(` ${labels.codes}: ${signal.codes.join(', ')}.`)] : []),
        ],
      }),
    );
  }
  return paragraphs;
}

function signalChainParagraphs(report: Report, options: DocxOptions): Array<Paragraph | Table> {
  const chain = report.signalChain;
  if (!chain) return [];
  const { labels } = report;
  const blocks: Array<Paragraph | Table> = [heading(labels.signalChain, HeadingLevel.HEADING_1)];
  if (options.figure) {
    const scale = Math.min(1, COLUMN_PX / options.figure.width);
    blocks.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: 'svg',
            data: new TextEncoder().encode(signalChainSvg(chain, report.language)),
            fallback: { type: 'png', data: options.figure.png },
            transformation: { width: Math.round(options.figure.width * scale), height: Math.round(options.figure.height * scale) },
            altText: { name: labels.signalChain, title: labels.signalChain, description: labels.figureNote },
          }),
        ],
      }),
    );
  } else if (options.figureMissingReason) {
    blocks.push(new Paragraph({ children: [small(translate(report.language, 'report.figureAsTable', { reason: options.figureMissingReason }), { italics: true })] }));
  }
  blocks.push(new Paragraph({ children: [small(labels.figureNote, { italics: true, color: '444444' })] }));
  const events = new Map(report.events.map((event) => [event.id, event]));
  blocks.push(
    new Paragraph({ keepNext: true, children: [small(labels.signalChainTable, { bold: true })] }),
    table(
      ['#', labels.date, labels.from, labels.to, labels.event, labels.answer],
      chain.signals.map((arrow) => {
        const event = events.get(arrow.eventId);
        return [
          String(arrow.number),
          event?.dateText ?? '',
          `${arrow.fromName} (${event?.signal?.from.roleLabel ?? arrow.fromRole})`,
          `${arrow.toName} (${event?.signal?.to.roleLabel ?? arrow.toRole})`,
          `${arrow.title}${event?.footnotes.length ? ` [${event.footnotes.join(', ')}]` : ''}`,
          event?.signal?.answer ?? '',
        ];
      }),
    ),
  );
  return blocks;
}

export function reportDocument(report: Report, options: DocxOptions = {}): Document {
  const { labels } = report;
  const footnotes = Object.fromEntries(report.footnotes.map((note) => [String(note.number), { children: [new Paragraph({ children: [new TextRun({ text: note.text, size: 16 })] })] }]));
  const body: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
    new Paragraph({ children: [small(report.colophon, { color: '444444' })] }),
    new Paragraph({ children: [small(report.verification, { color: '444444' })] }),
    ...(report.auditLogHead ? [new Paragraph({ children: [small(`${labels.auditLogHead}: ${report.auditLogHead}`, { color: '444444' })] })] : []),
    heading(labels.chronology, HeadingLevel.HEADING_1),
    ...(report.events.length ? report.events.flatMap((event) => eventParagraphs(report, event)) : [new Paragraph(labels.noEvents)]),
    ...signalChainParagraphs(report, options),
  ];
  if (report.codeSections.length) {
    body.push(heading(labels.codeSections, HeadingLevel.HEADING_1));
    for (const section of report.codeSections) {
      body.push(heading(section.label, HeadingLevel.HEADING_2));
      if (section.definition) body.push(new Paragraph(section.definition));
      for (const passage of section.passages) {
        body.push(
          new Paragraph({ indent: { left: 400 }, children: [new TextRun({ text: `“${passage.quote}”`, italics: true })] }),
          new Paragraph({ indent: { left: 400 }, spacing: { after: 120 }, children: [small(passage.source, { color: '444444' })] }),
        );
      }
    }
  }
  if (report.sources.length) {
    body.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(labels.sources)] }),
      table(
        [labels.title, labels.documentDate, labels.pages, labels.sha256, labels.citedIn],
        report.sources.map((source) => [source.title, source.documentDate ?? '', String(source.pageCount), source.sha256, source.citedIn.join(', ')]),
      ),
    );
  }
  return new Document({
    creator: 'Spoor',
    title: report.title,
    description: report.colophon,
    styles: {
      default: { document: { run: { font: 'Georgia', size: 21 } } },
      paragraphStyles: [{ id: 'FootnoteText', name: 'footnote text', basedOn: 'Normal', run: { size: 16 } }],
    },
    footnotes,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1247, left: 1134, right: 1134 } } },
        children: body,
      },
    ],
  });
}

/** The .docx bytes of the report. */
export function reportDocx(report: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  return Packer.pack(reportDocument(report, options), 'uint8array');
}

