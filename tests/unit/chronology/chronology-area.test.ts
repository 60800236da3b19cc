import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SpoorError } from '../../../shared/errors';
import { ChronologyFile } from '../../../shared/model/chronology';
import { chronologyCase, LETTER_TEXT, MEMO_TEXT, rangeOf } from './helpers';

const SENTENCE = 'Op 5 december 2019 meldde de Nationale ombudsman dat ouders ten onrechte als fraudeur waren aangemerkt.';

describe('events from passages', () => {
  it('proposes date, title, actors and type from a selection, taking the quote from the stored text', async () => {
    const { call, memo, actors } = await chronologyCase();
    const proposal = await call('chronology:propose', rangeOf(memo, MEMO_TEXT, 'meldde de Nationale ombudsman'));
    expect(proposal.date).toEqual({ kind: 'day', year: 2019, month: 12, day: 5 });
    expect(proposal.dateSource).toBe('sentence');
    expect(proposal.dateText).toBe('5 december 2019');
    expect(proposal.title).toBe(SENTENCE.slice(0, -1));
    expect(proposal.actorIds).toEqual([actors.ombudsman.id]);
    expect(proposal.type).toBe('signal');
    expect(proposal.quote).toBe('meldde de Nationale ombudsman');
  });

  it('proposes from a coded passage with its codes, and cites the passage', async () => {
    const { call, memo } = await chronologyCase();
    const passage = await call('coding:apply', { ...rangeOf(memo, MEMO_TEXT, SENTENCE), codeIds: ['SV3'] });
    const proposal = await call('chronology:propose', { passageId: passage.id });
    expect(proposal.codeIds).toEqual(['SV3']);
    expect(proposal.dateSource).toBe('passage');
    const event = await call('chronology:addEvent', { date: proposal.date!, title: proposal.title, type: proposal.type, actorIds: proposal.actorIds, codeIds: proposal.codeIds, citations: [{ passageId: passage.id }] });
    expect(event.citations[0]).toMatchObject({ documentId: memo, passageId: passage.id, anchor: { page: 1, exact: SENTENCE } });
    expect(event.status).toBe('draft');
  });

  it('falls back to the document’s own date, and says so', async () => {
    const { call, memo, service } = await chronologyCase();
    const store = service.requireStore();
    const record = service.getDocument(memo);
    await store.updateDocument({ ...record, metadata: { date: '2020-02-14' } });
    const proposal = await call('chronology:propose', rangeOf(memo, MEMO_TEXT, 'Nota aan de minister'));
    expect(proposal.date).toEqual({ kind: 'day', year: 2020, month: 2, day: 14 });
    expect(proposal.dateSource).toBe('document');
  });

  it('refuses actors and codes that do not exist, and group headings', async () => {
    const { call } = await chronologyCase();
    const base = { date: { kind: 'year' as const, year: 2020 }, title: 'x', type: 'other' as const };
    await expect(call('chronology:addEvent', { ...base, actorIds: ['nosuchactor1'] })).rejects.toMatchObject({ code: 'chronology.actorNotFound' });
    await expect(call('chronology:addEvent', { ...base, codeIds: ['B'] })).rejects.toMatchObject({ code: 'chronology.codeNotAllowed' });
  });

  it('keeps nothing in memory that did not reach the disk, and reloads what it wrote', async () => {
    const { call, service, memo } = await chronologyCase();
    await call('chronology:addEvent', { date: { kind: 'quarter', year: 2020, quarter: 3 }, title: 'Kwartaal', type: 'meeting', citations: [rangeOf(memo, MEMO_TEXT, 'In het voorjaar van 2020')] });
    const onDisk = ChronologyFile.parse(JSON.parse(await fs.readFile(`${service.requireStore().root}/chronology.json`, 'utf8')));
    expect(onDisk.events).toHaveLength(1);
    expect(onDisk.actors).toHaveLength(4);
    const root = service.requireStore().root;
    await call('case:close', {});
    await call('case:open', { path: root });
    const view = await call('chronology:get', {});
    expect(view.events.map((event) => event.title)).toEqual(['Kwartaal']);
    expect(view.documents.map((doc) => doc.id)).toEqual([memo]);
  });
});

describe('ordering with ties', () => {
  it('sorts by date span and keeps ties in a manual order the analyst changes', async () => {
    const { call } = await chronologyCase();
    const add = (title: string, date: Parameters<typeof call<'chronology:addEvent'>>[1]['date']) => call('chronology:addEvent', { date, title, type: 'other' });
    const a = await add('A medio 2020', { kind: 'part', part: 'mid', year: 2020 });
    await add('B 2019', { kind: 'year', year: 2019 });
    const c = await add('C medio 2020', { kind: 'part', part: 'mid', year: 2020 });
    await add('D mei 2020', { kind: 'month', year: 2020, month: 5 });
    const titles = async () => (await call('chronology:get', {})).events.map((event) => event.title);
    // Medio 2020 is May–August: it starts with May 2020 and ends later, so it sorts after it.
    expect(await titles()).toEqual(['B 2019', 'D mei 2020', 'A medio 2020', 'C medio 2020']);
    await call('chronology:move', { id: c.id, direction: 'earlier' });
    expect(await titles()).toEqual(['B 2019', 'D mei 2020', 'C medio 2020', 'A medio 2020']);
    // Only ties move: there is nothing with the same date before C now.
    await expect(call('chronology:move', { id: c.id, direction: 'earlier' })).rejects.toMatchObject({ code: 'chronology.nothingToMove' });
    await call('chronology:move', { id: a.id, direction: 'earlier' });
    expect(await titles()).toEqual(['B 2019', 'D mei 2020', 'A medio 2020', 'C medio 2020']);
    // Undo takes the last move back.
    await call('chronology:undo', {});
    expect(await titles()).toEqual(['B 2019', 'D mei 2020', 'C medio 2020', 'A medio 2020']);
  });
});

describe('actors', () => {
  it('merges an actor known under two names: aliases kept, events and signal links follow', async () => {
    const { call, actors } = await chronologyCase();
    const dienst2 = await call('chronology:addActor', { name: 'Dienst Toeslagen', kind: 'organisation', role: 'uitvoering', aliases: ['Toeslagen'] });
    // A name another actor already goes by is refused: that is a merge.
    await expect(call('chronology:updateActor', { id: dienst2.id, aliases: ['Toeslagen', 'bd'] })).rejects.toMatchObject({ code: 'chronology.invalidMerge' });
    const signal = await call('chronology:addEvent', {
      date: { kind: 'day', year: 2019, month: 12, day: 5 },
      title: 'Signaal',
      type: 'signal',
      actorIds: [dienst2.id, actors.dienst.id],
      signal: { fromActorId: actors.ombudsman.id, toActorId: dienst2.id },
    });
    const merged = await call('chronology:mergeActors', { sourceId: dienst2.id, targetId: actors.dienst.id });
    expect(merged.name).toBe('Belastingdienst');
    expect(merged.aliases).toEqual(['BD', 'Dienst Toeslagen', 'Toeslagen']);
    expect(merged.mergedFrom).toMatchObject([{ id: dienst2.id, name: 'Dienst Toeslagen', by: 'Anna' }]);
    const view = await call('chronology:get', {});
    expect(view.actors.map((actor) => actor.id)).not.toContain(dienst2.id);
    const after = view.events.find((event) => event.id === signal.id)!;
    expect(after.actorIds).toEqual([actors.dienst.id]);
    expect(after.signal?.toActorId).toBe(actors.dienst.id);
    // The source's name is now the target's: a new actor cannot take it.
    await expect(call('chronology:addActor', { name: 'Toeslagen', kind: 'organisation', role: 'uitvoering' })).rejects.toMatchObject({ code: 'chronology.invalidMerge' });
  });

  it('refuses to delete an actor still named, and to merge an actor into itself', async () => {
    const { call, actors } = await chronologyCase();
    await call('chronology:addEvent', { date: { kind: 'year', year: 2020 }, title: 'x', type: 'other', actorIds: [actors.minister.id] });
    await expect(call('chronology:deleteActor', { id: actors.minister.id })).rejects.toMatchObject({ code: 'chronology.actorInUse' });
    await expect(call('chronology:mergeActors', { sourceId: actors.minister.id, targetId: actors.minister.id })).rejects.toMatchObject({ code: 'chronology.invalidMerge' });
    await call('chronology:deleteActor', { id: actors.staatssecretaris.id });
    expect((await call('chronology:get', {})).actors).toHaveLength(3);
  });
});

describe('signal links', () => {
  it('links a response, records "no response found", takes only group B codes, and reopens on delete', async () => {
    const { call, actors, memo, letter } = await chronologyCase();
    const signal = await call('chronology:addEvent', {
      date: { kind: 'day', year: 2019, month: 12, day: 5 },
      title: 'Ombudsman meldt',
      type: 'signal',
      citations: [rangeOf(memo, MEMO_TEXT, SENTENCE)],
      signal: { fromActorId: actors.ombudsman.id, toActorId: actors.dienst.id, content: 'ouders ten onrechte fraudeur', codeIds: ['SV3'] },
    });
    expect(signal.signal?.answer).toEqual({ kind: 'open' });
    await expect(call('chronology:setSignal', { eventId: signal.id, signal: { fromActorId: actors.ombudsman.id, toActorId: actors.dienst.id, codeIds: ['BO1'] } })).rejects.toMatchObject({
      code: 'chronology.codeNotAllowed',
    });
    const response = await call('chronology:addEvent', { date: { kind: 'day', year: 2020, month: 3, day: 12 }, title: 'Antwoord', type: 'response', citations: [rangeOf(letter, LETTER_TEXT, 'antwoordde de staatssecretaris')] });
    const linked = await call('chronology:setSignal', { eventId: signal.id, signal: { fromActorId: actors.ombudsman.id, toActorId: actors.dienst.id, answer: { kind: 'response', eventId: response.id } } });
    expect(linked.signal).toMatchObject({ content: 'ouders ten onrechte fraudeur', codeIds: ['SV3'], answer: { kind: 'response', eventId: response.id } });
    await expect(call('chronology:setSignal', { eventId: signal.id, signal: { fromActorId: actors.ombudsman.id, toActorId: actors.dienst.id, answer: { kind: 'response', eventId: signal.id } } })).rejects.toMatchObject({
      code: 'chronology.invalidLink',
    });
    await call('chronology:deleteEvent', { id: response.id });
    expect((await call('chronology:get', {})).events[0]?.signal?.answer).toEqual({ kind: 'open' });
    const none = await call('chronology:setSignal', { eventId: signal.id, signal: { fromActorId: actors.ombudsman.id, toActorId: actors.dienst.id, answer: { kind: 'none', after: '2020-12-31', note: 'Woo-besluit doorzocht' } } });
    expect(none.signal?.answer).toEqual({ kind: 'none', after: '2020-12-31', note: 'Woo-besluit doorzocht' });
  });
});

describe('citations after re-extraction', () => {
  it('re-anchors a moved quote and marks an event whose only quote is lost', async () => {
    const { call, memo, rewriteText } = await chronologyCase();
    const event = await call('chronology:addEvent', { date: { kind: 'day', year: 2019, month: 12, day: 5 }, title: 'Signaal', type: 'signal', citations: [rangeOf(memo, MEMO_TEXT, SENTENCE)] });
    await rewriteText(memo, [`Voorblad toegevoegd bij OCR.\n\n${MEMO_TEXT}`]);
    let view = await call('chronology:get', {});
    const moved = view.events[0]!.citations[0]!;
    expect(moved.anchor.start).toBe(event.citations[0]!.anchor.start + 'Voorblad toegevoegd bij OCR.\n\n'.length);
    expect(moved.anchorCheck).toMatchObject({ status: 'found', previous: { start: event.citations[0]!.anchor.start } });
    await rewriteText(memo, ['Een heel andere tekst zonder het citaat.']);
    view = await call('chronology:get', {});
    expect(view.events[0]!.citations[0]!.anchorCheck?.status).toBe('lost');
    const { isSupported } = await import('../../../shared/model/chronology');
    expect(isSupported(view.events[0]!)).toBe(false);
  });

  it('needs an analyst name for every change', async () => {
    const { call, settings } = await chronologyCase();
    await settings.update({ analystName: '' });
    await expect(call('chronology:addActor', { name: 'X', kind: 'person', role: 'burger' })).rejects.toBeInstanceOf(SpoorError);
  });
});
