import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDocumentNumber, splitBundle } from '../../../shared/woo/bundle';
import { leadingPrintedEmail, parsePrintedEmails, splitAddresses } from '../../../shared/woo/email-header';
import { numberFromName, reconcile, type ReleaseDocument } from '../../../shared/woo/reconcile';
import type { InventoryRow } from '../../../shared/woo/inventory';

const THREAD = `Document 12

Van: 5.1.2e
Verzonden: donderdag 9 mei 2019 16:40
Aan: 5.1.2e@minfin.nl; Jansen, P. (DGA) <p.jansen@minfin.nl>;
 5.1.2e
CC: Secretariaat DGA
Onderwerp: RE: Hersteloperatie, stand van zaken

Dank, ik kom erop terug.

-----Oorspronkelijk bericht-----
From: Pieters, A. <a.pieters@belastingdienst.nl>
Sent: Thursday, May 9, 2019 9:12 AM
To: 5.1.2e
Subject: Hersteloperatie, stand van zaken
`;

describe('printed e-mail headers', () => {
  it('reads every block of a printed thread, Dutch and English, with redactions kept', () => {
    const blocks = parsePrintedEmails(THREAD);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({
      sender: '5.1.2e',
      sentText: 'donderdag 9 mei 2019 16:40',
      date: '2019-05-09T16:40',
      recipients: ['5.1.2e@minfin.nl', 'Jansen, P. (DGA) <p.jansen@minfin.nl>', '5.1.2e'],
      cc: ['Secretariaat DGA'],
      subject: 'RE: Hersteloperatie, stand van zaken',
    });
    expect(blocks[1]).toMatchObject({ sender: 'Pieters, A. <a.pieters@belastingdienst.nl>', date: '2019-05-09T09:12', recipients: ['5.1.2e'], subject: 'Hersteloperatie, stand van zaken' });
    expect(THREAD.slice(blocks[0]!.start, blocks[0]!.end)).toMatch(/^Van: 5\.1\.2e[\s\S]*stand van zaken$/);
  });

  it('takes the value from the next line when the label stands alone', () => {
    expect(parsePrintedEmails('Van:\nA. de Vries\nAan:\nB. Bakker\nOnderwerp:\nOverleg')[0]).toMatchObject({ sender: 'A. de Vries', recipients: ['B. Bakker'], subject: 'Overleg' });
  });

  it('is not fooled by running text', () => {
    expect(parsePrintedEmails('Van: de minister kregen wij geen antwoord.\nDat was jammer.')).toEqual([]);
    expect(leadingPrintedEmail(`${'regel\n'.repeat(30)}Van: a\nAan: b\nOnderwerp: c`)).toBeUndefined();
  });

  it('splits address lists', () => {
    expect(splitAddresses('a@x.nl, b@y.nl')).toEqual(['a@x.nl', 'b@y.nl']);
    expect(splitAddresses('Jansen, P.')).toEqual(['Jansen, P.']);
    expect(splitAddresses('')).toEqual([]);
  });

  it('never crashes and keeps blocks inside the text', () => {
    const line = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('Van: x', 'Aan: y;', 'CC:', 'Onderwerp: z', 'Verzonden: 9 mei 2019 16:40', '', 'From:', 'To: a@b.nl'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        for (const block of parsePrintedEmails(text)) {
          expect(block.start).toBeGreaterThanOrEqual(0);
          expect(block.end).toBeLessThanOrEqual(text.length);
          expect(block.start).toBeLessThanOrEqual(block.end);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('bundle document numbers', () => {
  it.each([
    ['Document 12\nVan: x', '12'],
    ['Documentnummer: 6a\n', '6a'],
    ['Document nr. 4 bijlage 1\n', '4 bijlage 1'],
    ['ID 963539\nVan:', '963539'],
    ['Inventarisnummer 17\n', '17'],
    ['tekst\nmeer tekst\n\nDocument 3', '3'],
  ])('finds the number in %j', (text, number) => {
    expect(detectDocumentNumber(text)?.number).toBe(number);
  });

  it.each(['Het document 12 is kwijt', 'Identiteit 12345', 'ID 12', 'Documentatie 5', `${'x\n'.repeat(10)}Document 4\n${'y\n'.repeat(10)}`])('finds none in %j', (text) => {
    expect(detectDocumentNumber(text)).toBeUndefined();
  });

  it('notes duplicates', () => {
    expect(detectDocumentNumber('Document 7\nDubbel, zie document 2')).toEqual({ number: '7', duplicateOf: '2' });
  });

  it('splits a bundle into parts by number, with a cover before the first', () => {
    const headers = [undefined, { number: '1' }, undefined, { number: '1' }, { number: '2' }, { number: '2a' }, undefined];
    expect(splitBundle(headers)).toEqual([
      { number: null, firstPage: 1, lastPage: 1 },
      { number: '1', firstPage: 2, lastPage: 4 },
      { number: '2', firstPage: 5, lastPage: 5 },
      { number: '2a', firstPage: 6, lastPage: 7 },
    ]);
    expect(splitBundle([{ number: '1' }, undefined, { number: '1' }])).toBeUndefined();
  });

  it('always covers every page exactly once', () => {
    const header = fc.option(fc.record({ number: fc.constantFrom('1', '2', '3', '3a', '10') }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(header, { maxLength: 60 }), (headers) => {
        const parts = splitBundle(headers);
        if (!parts) return;
        expect(parts[0]!.firstPage).toBe(1);
        expect(parts[parts.length - 1]!.lastPage).toBe(headers.length);
        parts.slice(1).forEach((part, i) => expect(part.firstPage).toBe(parts[i]!.lastPage + 1));
      }),
    );
  });
});

describe('reconciliation', () => {
  const row = (id: string, grounds: string[], document?: string): InventoryRow => ({ row: Number(id.replace(/\D/g, '')) + 1, id, grounds, judgement: 'deels openbaar', ...(document ? { document } : {}) });
  const part = (number: string, grounds: Record<string, number>): ReleaseDocument => ({ documentId: `p${number}`, title: `Document ${number}`, number, bundleId: 'b', grounds });

  it('finds rows, missing rows and extra documents, and compares grounds', () => {
    const result = reconcile(
      [row('1', ['5.1.2e']), row('2', ['5.1.2e', '5.1.2i']), row('3', []), row('4', [], 'nota-overleg.pdf')],
      [part('1', { '5.1.2e': 3 }), part('2', { '5.1.2e': 1, '10.2g': 1, 'buiten-verzoek': 2 }), part('9', {}), { documentId: 'n', title: 'nota overleg', number: null, fileName: 'Nota overleg.docx', grounds: {} }],
    );
    expect(result.found.map((f) => [f.row.id, f.documents.map((d) => d.documentId), f.onlyInInventory, f.onlyInText])).toEqual([
      ['1', ['p1'], [], []],
      ['2', ['p2'], ['5.1.2i'], ['10.2g']],
      ['4', ['n'], [], []],
    ]);
    expect(result.missing.map((r) => r.id)).toEqual(['3']);
    expect(result.extra.map((d) => d.number)).toEqual(['9']);
  });

  it('reads a number from a file name', () => {
    expect(['Document 12.pdf', '0012 - mail minister.pdf', '12_mail.eml', '6a.pdf', '2021-05-03 notitie.pdf', 'nota.pdf'].map(numberFromName)).toEqual(['12', '0012', '12', '6a', null, null]);
  });
});
