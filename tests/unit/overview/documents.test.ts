import { describe, expect, it } from 'vitest';
import { countedDocuments, documentsPerMonth } from '../../../shared/overview/documents';
import { record } from './helpers';

describe('documents per month', () => {
  it('is empty for an empty case', () => {
    expect(documentsPerMonth([])).toEqual({ documents: [], months: [], undated: 0 });
  });

  it('buckets by month across a year boundary, with the empty months between', () => {
    const result = documentsPerMonth([
      record('b', { date: '2020-01-05' }),
      record('a', { date: '2019-11-30' }),
      record('c', { date: '2020-01-20T10:00' }),
      record('d', { date: '2019-11-01' }),
    ]);
    expect(result.months).toEqual([
      { month: '2019-11', count: 2 },
      { month: '2019-12', count: 0 },
      { month: '2020-01', count: 2 },
    ]);
    expect(result.undated).toBe(0);
    expect(result.documents.map((document) => document.title)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('counts undated documents (and dates it cannot read) as undated, never drops them', () => {
    const result = documentsPerMonth([record('no date'), record('dated', { date: '2021-05-05' }), record('unreadable', { date: 'ergens in mei' })]);
    expect(result.months).toEqual([{ month: '2021-05', count: 1 }]);
    expect(result.undated).toBe(2);
    expect(result.documents.map((document) => [document.title, document.month])).toEqual([
      ['dated', '2021-05'],
      ['no date', null],
      ['unreadable', null],
    ]);
    const total = result.months.reduce((sum, month) => sum + month.count, 0) + result.undated;
    expect(total).toBe(result.documents.length);
  });

  it('counts members and parts, not the archive, mailbox or split bundle that holds them', () => {
    const zip = record('archive.zip', { kind: 'archive' });
    const mbox = record('mail.mbox', { kind: 'mailbox' });
    const bundle = record('bundel.pdf');
    const unsplit = record('other bundle.pdf');
    const part = record('bundel · document 1', { date: '2019-05-02', parent: { relation: 'part', parentId: bundle.id, number: '1', firstPage: 1, lastPage: 2 } });
    const member = record('memo.txt', { kind: 'text', parent: { relation: 'member', parentId: zip.id, path: 'memo.txt' } });
    const message = record('message', { kind: 'email', date: '2019-06-01T08:00:00Z', parent: { relation: 'member', parentId: mbox.id, path: '1' } });
    const counted = countedDocuments([zip, mbox, bundle, unsplit, part, member, message]).map((document) => document.title);
    expect(counted).toEqual(['other bundle.pdf', 'bundel · document 1', 'memo.txt', 'message']);
  });

  it('dates an attachment without a date of its own by the e-mail it came with', () => {
    const mail = record('mail', { kind: 'email', date: '2020-02-10T09:00:00Z' });
    const attachment = record('bijlage.pdf', { parent: { relation: 'attachment', parentId: mail.id, name: 'bijlage.pdf' } });
    const dated = record('own date.pdf', { date: '2018-01-01', parent: { relation: 'attachment', parentId: mail.id, name: 'own date.pdf' } });
    const result = documentsPerMonth([mail, attachment, dated]);
    expect(result.documents.find((document) => document.title === 'bijlage.pdf')).toMatchObject({ month: '2020-02', date: '2020-02-10T09:00:00Z' });
    expect(result.documents.find((document) => document.title === 'own date.pdf')?.month).toBe('2018-01');
    expect(result.months[0]).toEqual({ month: '2018-01', count: 1 });
    expect(result.months.at(-1)).toEqual({ month: '2020-02', count: 2 });
  });
});
