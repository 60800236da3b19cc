import { describe, expect, it } from 'vitest';
import { actorsMentioned, foldName } from '../../../shared/chronology/events/actors';
import { guessEventType, proposeEvent, sentenceAround, titleFrom } from '../../../shared/chronology/events/propose';
import type { Actor } from '../../../shared/model/chronology';

function actor(id: string, name: string, aliases: string[] = []): Actor {
  const at = '2024-01-01T00:00:00.000Z';
  return { id, name, aliases, kind: 'organisation', role: 'overig', note: '', mergedFrom: [], createdAt: at, createdBy: 'A', updatedAt: at, updatedBy: 'A' };
}

describe('event proposals', () => {
  const actors = [actor('ombudsman01', 'Nationale ombudsman', ['de ombudsman']), actor('dienst00001', 'Belastingdienst', ['BD']), actor('minfin00001', 'ministerie van Financiën')];

  it('finds sentences across abbreviations that are not sentence ends', () => {
    const text = 'Zie art. 5.1.2e Woo. De brief d.d. 3 juni 2020 kwam binnen. Daarna niets.';
    const at = text.indexOf('kwam');
    const sentence = sentenceAround(text, at, at + 4);
    expect(text.slice(sentence.start, sentence.end)).toBe('De brief d.d. 3 juni 2020 kwam binnen.');
  });

  it('takes a date adverbial out of the title but keeps a fronted date and a date belonging to a noun', () => {
    const mid = 'De ombudsman meldde op 5 december 2019 dat ouders waren gedupeerd.';
    const start = mid.indexOf('5 december 2019');
    expect(titleFrom(mid, { start, end: start + '5 december 2019'.length })).toBe('De ombudsman meldde dat ouders waren gedupeerd');
    const fronted = 'Op 5 december 2019 meldde de ombudsman iets.';
    expect(titleFrom(fronted, { start: 3, end: 18 })).toBe('Op 5 december 2019 meldde de ombudsman iets');
    const noun = 'Zie de brief van 12 maart 2020 over herstel.';
    const at = noun.indexOf('12 maart');
    expect(titleFrom(noun, { start: at, end: at + '12 maart 2020'.length })).toBe(noun.slice(0, -1));
  });

  it('cuts long titles at a word boundary', () => {
    const title = titleFrom(`${'woord '.repeat(40)}einde.`);
    expect(title.length).toBeLessThanOrEqual(141);
    expect(title.endsWith('woord…')).toBe(true);
  });

  it('proposes the passage’s own date first, the sentence’s next, the document’s last', () => {
    const text = 'Hoofdstuk 2\nIn mei 2019 kaartte de BD het probleem aan bij het ministerie van Financien, dat in juni 2019 reageerde.';
    const inPassage = text.indexOf('in juni 2019 reageerde');
    const proposal = proposeEvent(text, inPassage, inPassage + 'in juni 2019 reageerde'.length, { actors });
    expect(proposal.date).toEqual({ kind: 'month', year: 2019, month: 6 });
    expect(proposal.dateSource).toBe('passage');
    expect(proposal.otherDates.map((other) => other.text)).toEqual(['mei 2019']);
    // Names and aliases are matched without case and accents; a two-letter alias only in its own case.
    expect(proposal.actorIds).toEqual(['dienst00001', 'minfin00001']);
    expect(proposal.type).toBe('signal');

    const undated = 'Het probleem werd besproken.';
    expect(proposeEvent(undated, 0, undated.length, { actors, referenceDate: '2021-03-04T10:00:00Z' })).toMatchObject({ date: { kind: 'day', year: 2021, month: 3, day: 4 }, dateSource: 'document' });
    expect(proposeEvent(undated, 0, undated.length, { actors })).toMatchObject({ date: null, dateSource: 'none' });
  });

  it('uses the document date to complete a date without a year', () => {
    const text = 'Op 3 juni besloot de minister tot herstel.';
    expect(proposeEvent(text, 0, text.length, { actors, referenceDate: '2020-06-10' })).toMatchObject({ date: { kind: 'day', year: 2020, month: 6, day: 3 }, type: 'decision' });
  });

  it('guesses the kind of event from its words', () => {
    expect(guessEventType('De inspectie waarschuwde de minister')).toBe('warning');
    expect(guessEventType('In het overleg van de directie')).toBe('meeting');
    expect(guessEventType('De staatssecretaris antwoordde')).toBe('response');
    expect(guessEventType('Niets bijzonders')).toBe('other');
  });

  it('matches actor names as whole words only', () => {
    expect(actorsMentioned('De BDO-accountant en bd-medewerkers', actors)).toEqual([]);
    expect(actorsMentioned('Volgens de Ombudsman en de BD', actors).map((found) => found.id)).toEqual(['ombudsman01', 'dienst00001']);
    expect(foldName('  Ministerie  van Financiën ')).toBe('ministerie van financien');
  });
});
