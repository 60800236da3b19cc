import { signalChainShapes, type Shape } from '../../chronology/signal-chain/shapes';
import type { SignalChainLayout } from '../../chronology/signal-chain/layout';
import { translate } from '../../i18n';
import type { Language } from '../../model/settings';
import { escapeXml } from './escape';

function attribute(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function shapeSvg(shape: Shape): string {
  const attrs = Object.entries(shape.attrs)
    .map(([name, value]) => ` ${attribute(name)}="${escapeXml(String(value))}"`)
    .join('');
  return shape.text === undefined ? `<${shape.tag}${attrs}/>` : `<${shape.tag}${attrs}>${escapeXml(shape.text)}</${shape.tag}>`;
}

/** The signal chain as a standalone SVG document (for the HTML report, and rendered to PNG for .docx). */
export function signalChainSvg(layout: SignalChainLayout, language: Language): string {
  const groups = signalChainShapes(layout, language);
  const body = groups
    .map((group) => `<g>${group.label ? `<title>${escapeXml(group.label)}</title>` : ''}${group.shapes.map(shapeSvg).join('')}</g>`)
    .join('');
  const title = escapeXml(translate(language, 'chronology.chain.figure'));
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">${body}</svg>`;
}
