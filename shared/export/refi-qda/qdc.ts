import { SpoorError } from '../../errors';
import type { Codebook } from '../../model/coding';
import { codeElements, readCodes, type ImportedCode } from './codes';
import { element, firstChild, parseXml } from './xml';

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** A REFI-QDA codebook (`.qdc`): the codes, nested, with colours and descriptions. */
export function writeQdc(codebook: Codebook, origin: string): string {
  const codes = codeElements(codebook, null);
  return `<?xml version="1.0" encoding="utf-8"?>\n${element('CodeBook', { xmlns: CODEBOOK_NAMESPACE, origin }, [element('Codes', {}, codes)])}\n`;
}

export function readQdc(xml: string, file = 'codebook.qdc'): ImportedCode[] {
  const root = parseXml(xml, file);
  if (root.localName !== 'CodeBook') {
    const reason = `${file}: the root element is <${root.localName}>, not <CodeBook>`;
    throw new SpoorError('refiqda.invalid', reason, { reason });
  }
  const codes = firstChild(root, 'Codes');
  return codes ? readCodes(codes, null, file) : [];
}
