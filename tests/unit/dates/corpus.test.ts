import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFuzzyDate } from '../../../shared/chronology/fuzzy-date';
import { extractDates } from '../../../shared/text/dates';
import { CORPUS_SKIP_REASON, corpusDir, hasCorpus } from '../helpers';

const essay = path.join(corpusDir, 'text/ambtelijk-vakmanschap.md');

describe.skipIf(!hasCorpus)('dates in the essay of ../shared/corpus', () => {
  it('finds the dated events and nothing in footnote URLs, citation years or numbers', () => {
    const text = fs.readFileSync(essay, 'utf8');
    const found = extractDates(text, { referenceDate: '2022-06-01' }).map((m) => [m.text, m.value ? formatFuzzyDate(m.value, 'nl') : null]);
    expect(found).toEqual([
      ['rond 5 december', 'ca. 5 december 2021'],
      ['10 september 2021', '10 september 2021'],
      ['2005', '2005'],
      ['2026', '2026'],
      ['februari 2022', 'februari 2022'],
      ['vijf jaar geleden', '2017'],
      ['2016', '2016'],
      ['2017', '2017'],
      ['eind 2018', 'eind 2018'],
      ['2019', '2019'],
      ['2020', '2020'],
    ]);
  });
});

if (!hasCorpus) console.warn(CORPUS_SKIP_REASON);
