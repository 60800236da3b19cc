import type { Input } from '../../../shared/contract';
import { ChronologyArea } from '../../../electron/core/chronology/chronology-area';
import { CodingArea } from '../../../electron/core/coding/coding-area';
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

export const SIGNAL = 'Op 5 december 2019 meldde de Nationale ombudsman dat ouders ten onrechte als fraudeur waren aangemerkt.';
export const INTERNAL = 'De Belastingdienst heeft dit signaal destijds niet doorgegeven aan de minister.';
export const MEETING = 'In het voorjaar van 2020 besprak de directie Toeslagen de signalen in een overleg.';
export const ANSWER = 'Op 12 maart 2020 antwoordde de staatssecretaris de Nationale ombudsman dat een hersteloperatie wordt voorbereid.';

/** A small chronology entered out of date order, with a signal answered and one event without a source. */
export async function storyCase() {
  const context = await chronologyCase();
  const { call, memo, letter, actors } = context;
  const answer = await call('chronology:addEvent', { date: { kind: 'day', year: 2020, month: 3, day: 12 }, title: 'Antwoord van de staatssecretaris', type: 'response', citations: [rangeOf(letter, LETTER_TEXT, ANSWER)] });
  await call('chronology:addEvent', { date: { kind: 'season', season: 'spring', year: 2020 }, title: 'Overleg directie', type: 'meeting', citations: [rangeOf(memo, MEMO_TEXT, MEETING)] });
  const signal = await call('chronology:addEvent', {
    date: { kind: 'day', year: 2019, month: 12, day: 5 },
    title: 'Ombudsman meldt onterechte fraudelabels',
    type: 'signal',
    actorIds: [actors.ombudsman.id, actors.dienst.id],
    citations: [rangeOf(memo, MEMO_TEXT, SIGNAL), rangeOf(memo, MEMO_TEXT, INTERNAL)],
    signal: { fromActorId: actors.ombudsman.id, toActorId: actors.dienst.id, content: 'ouders ten onrechte als fraudeur', codeIds: ['SV2'], answer: { kind: 'response', eventId: answer.id } },
  });
  await call('chronology:addEvent', { date: { kind: 'year', year: 2021 }, title: 'Zonder bron', type: 'other' });
  const coding = new CodingArea(context.service, context.settings);
  const area = new ChronologyArea(coding);
  return { ...context, area, signal, answer };
}

