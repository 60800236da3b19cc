import type { Input } from '../../../shared/contract';
import { codingCase } from '../coding/helpers';

export const MEMO_TEXT = [
  'Nota aan de minister',
  '',
  'Op 5 december 2019 meldde de Nationale ombudsman dat ouders ten onrechte als fraudeur waren aangemerkt. De Belastingdienst heeft dit signaal destijds niet doorgegeven aan de minister.',
  'In het voorjaar van 2020 besprak de directie Toeslagen de signalen in een overleg.',
].join('\n');

export const LETTER_TEXT = ['Brief van de staatssecretaris', '', 'Op 12 maart 2020 antwoordde de staatssecretaris de Nationale ombudsman dat een hersteloperatie wordt voorbereid.'].join('\n');

/** A case with two text documents, an analyst, and the actors of the story. */
export async function chronologyCase() {
  const context = await codingCase('Chronologie', 'Anna');
  const memo = await context.importText('nota.txt', MEMO_TEXT);
  const letter = await context.importText('brief.txt', LETTER_TEXT);
  const { call } = context;
  const ombudsman = await call('chronology:addActor', { name: 'Nationale ombudsman', kind: 'organisation', role: 'hoge-colleges', aliases: ['de ombudsman'] });
  const dienst = await call('chronology:addActor', { name: 'Belastingdienst', kind: 'organisation', role: 'uitvoering', aliases: ['BD'] });
  const minister = await call('chronology:addActor', { name: 'minister van Financiën', kind: 'person', role: 'politiek' });
  const staatssecretaris = await call('chronology:addActor', { name: 'staatssecretaris', kind: 'person', role: 'politiek' });
  return { ...context, memo, letter, actors: { ombudsman, dienst, minister, staatssecretaris } };
}

/** The range of `quote` in `text` as a citation source on page 1. */
export function rangeOf(documentId: string, text: string, quote: string): Extract<Input<'chronology:propose'>, { documentId: string }> {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return { documentId, page: 1, start, end: start + quote.length };
}
