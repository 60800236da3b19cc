import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/errors';
import { catalogs, describeError, translate } from '../../../shared/i18n';

const { nl, en } = catalogs;

describe('messages', () => {
  it('has a Dutch and an English sentence for every error code', () => {
    for (const code of ERROR_CODES) {
      expect(nl).toHaveProperty(`error.${code}`);
      expect(en).toHaveProperty(`error.${code}`);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as Array<keyof typeof nl>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('nl', 'doc.of', { count: 3 })).toBe('van 3');
    expect(translate('en', 'doc.of')).toBe('of {count}');
  });

  it('describes an error in the chosen language with its details', () => {
    const error = { code: 'document.pageOutOfRange' as const, message: 'x', details: { page: 9, pageCount: 3 } };
    expect(describeError('nl', error)).toBe('Pagina 9 bestaat niet (het document heeft 3 pagina’s).');
    expect(describeError('en', error)).toBe('Page 9 does not exist (the document has 3 pages).');
  });
});

describe('numbers in messages', () => {
  it('are written the way each language writes them', () => {
    expect(translate('nl', 'doc.of', { count: 12500 })).toBe('van 12.500');
    expect(translate('en', 'doc.of', { count: 12500 })).toBe('of 12,500');
    expect(translate('nl', 'doc.of', { count: 0.5 })).toBe('van 0,5');
  });

  it('leave years, page numbers and process ids ungrouped', () => {
    expect(translate('nl', 'doc.of', { count: 2020 })).toBe('van 2020');
    expect(translate('nl', 'lock.stale', { holder: 'Spoor', pid: 30562, host: 'vm' })).toContain('(proces 30562 op vm)');
  });
});
