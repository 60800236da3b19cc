import { signalChainSvg } from './svg';
import { escapeXml as esc } from './escape';
import type { Report, ReportEvent } from './model';

/**
 * The report as one self-contained HTML file: no scripts, nothing fetched
 * (a Content-Security-Policy that allows neither), its own print stylesheet
 * so that printing it gives a PDF with the chronology, the signal chain,
 * the notes and the sources. Every text from the case is escaped.
 */

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { color-scheme: light; }
body { font-family: Georgia, 'DejaVu Serif', 'Times New Roman', serif; font-size: 11pt; line-height: 1.45; color: #111; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 20pt; margin: 0 0 .3rem; }
h2 { font-size: 14pt; margin: 2rem 0 .6rem; border-bottom: 1px solid #999; padding-bottom: .2rem; }
h3 { font-size: 11.5pt; margin: 0; }
.colophon, .verification, .audit { color: #444; font-size: 9.5pt; }
.audit code, .sources code { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 8.5pt; word-break: break-all; }
ol.events { list-style: none; padding: 0; }
li.event { margin: 0 0 1rem; padding-left: .8rem; border-left: 3px solid #bbb; break-inside: avoid; page-break-inside: avoid; }
li.event.unsupported { border-left-color: #b00; }
.event .date { display: block; font-weight: bold; color: #333; }
.event .meta { margin: .15rem 0; font-size: 9.5pt; color: #444; }
.event .description { margin: .25rem 0; white-space: pre-wrap; }
.event .signal { margin: .25rem 0; font-size: 10pt; }
.flag { color: #b00; font-weight: bold; font-size: 9.5pt; }
sup.fn a { text-decoration: none; color: inherit; }
figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #444; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border: 1px solid #bbb; padding: .2rem .35rem; text-align: left; vertical-align: top; }
ol.notes { font-size: 9pt; padding-left: 2rem; }
ol.notes li { margin-bottom: .3rem; }
.code-section blockquote { margin: .4rem 0 .1rem 1rem; font-style: italic; }
.code-section .source { margin: 0 0 .6rem 1rem; font-size: 9pt; color: #444; }
a { color: inherit; }
@page { size: A4; margin: 2cm 2cm 2.2cm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  a { text-decoration: none; }
  .notes, .sources { break-before: page; page-break-before: always; }
}
`;

function footnoteRefs(event: ReportEvent): string {
  return event.footnotes.map((number) => `<sup class="fn"><a href="#fn-${number}" id="fnref-${number}">${number}</a></sup>`).join('<sup class="fn">,</sup>');
}

function eventHtml(report: Report, event: ReportEvent): string {
  const { labels } = report;
  const meta = [
    event.typeLabel,
    event.statusLabel,
    event.actors.length ? `${labels.actors}: ${event.actors.map((actor) => `${esc(actor.name)} (${esc(actor.roleLabel)})`).join(', ')}` : '',
    event.codes.length ? `${labels.codes}: ${event.codes.map(esc).join(', ')}` : '',
  ].filter(Boolean);
  const signal = event.signal
    ? `<p class="signal"><strong>${esc(labels.signal)}:</strong> ${esc(event.signal.from.name)} (${esc(event.signal.from.roleLabel)}) → ${esc(event.signal.to.name)} (${esc(event.signal.to.roleLabel)})${
        event.signal.content ? `: ${esc(event.signal.content)}` : ''
      }. <strong>${esc(labels.answer)}:</strong> ${esc(event.signal.answer)}${event.signal.codes.length ? ` ${esc(labels.codes)}: ${event.signal.codes.map(esc).join(', ')}.` : ''}</p>`
    : '';
  return `<li class="event${event.supported ? '' : ' unsupported'}" id="event-${esc(event.id)}">
<span class="date">${esc(event.dateText)}</span>
<h3>${esc(event.title)}${footnoteRefs(event)}</h3>
<p class="meta">${meta.join(' · ')}</p>
${event.supported ? '' : `<p class="flag">${esc(labels.unsupported)}</p>`}
${event.description.trim() ? `<p class="description">${esc(event.description)}</p>` : ''}
${signal}
</li>`;
}

function signalTable(report: Report): string {
  const chain = report.signalChain;
  if (!chain) return '';
  const { labels } = report;
  const rows = chain.signals
    .map((arrow) => {
      const event = report.events.find((candidate) => candidate.id === arrow.eventId);
      return `<tr><td>${arrow.number}</td><td>${esc(event?.dateText ?? '')}</td><td>${esc(arrow.fromName)} (${esc(event?.signal?.from.roleLabel ?? arrow.fromRole)})</td><td>${esc(arrow.toName)} (${esc(event?.signal?.to.roleLabel ?? arrow.toRole)})</td><td>${esc(arrow.title)}${event ? footnoteRefs(event) : ''}</td><td>${esc(event?.signal?.answer ?? '')}</td></tr>`;
    })
    .join('\n');
  return `<table class="signal-table"><caption>${esc(labels.signalChainTable)}</caption>
<thead><tr><th>#</th><th>${esc(labels.date)}</th><th>${esc(labels.from)}</th><th>${esc(labels.to)}</th><th>${esc(labels.event)}</th><th>${esc(labels.answer)}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

export function reportHtml(report: Report): string {
  const { labels } = report;
  const events = report.events.length ? `<ol class="events">${report.events.map((event) => eventHtml(report, event)).join('\n')}</ol>` : `<p>${esc(labels.noEvents)}</p>`;
  const figure = report.signalChain
    ? `<section class="signal-chain"><h2>${esc(labels.signalChain)}</h2>
<figure>${signalChainSvg(report.signalChain, report.language)}<figcaption>${esc(labels.figureNote)}</figcaption></figure>
${signalTable(report)}</section>`
    : '';
  const codeSections = report.codeSections.length
    ? `<section class="code-sections"><h2>${esc(labels.codeSections)}</h2>${report.codeSections
        .map(
          (section) => `<section class="code-section"><h3>${esc(section.label)}</h3>${section.definition ? `<p>${esc(section.definition)}</p>` : ''}${section.passages
            .map((passage) => `<blockquote>“${esc(passage.quote)}”</blockquote><p class="source">${esc(passage.source)}</p>`)
            .join('')}</section>`,
        )
        .join('')}</section>`
    : '';
  const notes = report.footnotes.length
    ? `<section class="notes"><h2>${esc(labels.notes)}</h2><ol class="notes">${report.footnotes
        .map((note) => `<li id="fn-${note.number}" value="${note.number}">${esc(note.text)} <a href="#fnref-${note.number}" aria-label="↩">↩</a></li>`)
        .join('\n')}</ol></section>`
    : '';
  const sources = report.sources.length
    ? `<section class="sources"><h2>${esc(labels.sources)}</h2><table>
<thead><tr><th>${esc(labels.title)}</th><th>${esc(labels.documentDate)}</th><th>${esc(labels.pages)}</th><th>${esc(labels.sha256)}</th><th>${esc(labels.citedIn)}</th></tr></thead>
<tbody>${report.sources
        .map((source) => `<tr><td>${esc(source.title)}</td><td>${esc(source.documentDate ?? '')}</td><td>${source.pageCount}</td><td><code>${source.sha256}</code></td><td>${source.citedIn.join(', ')}</td></tr>`)
        .join('\n')}</tbody></table></section>`
    : '';
  return `<!DOCTYPE html>
<html lang="${report.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="Spoor">
<title>${esc(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(report.title)}</h1>
<p class="colophon">${esc(report.colophon)}</p>
<p class="verification">${esc(report.verification)}</p>
${report.auditLogHead ? `<p class="audit">${esc(labels.auditLogHead)}: <code>${esc(report.auditLogHead)}</code></p>` : ''}
</header>
<main>
<section class="chronology"><h2>${esc(labels.chronology)}</h2>
${events}
</section>
${figure}
${codeSections}
${notes}
${sources}
</main>
</body>
</html>
`;
}
