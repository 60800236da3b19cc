/**
 * What an analyst would have done with the demo documents: coded passages,
 * memos, actors and a chronology with a signal chain in which one signal is
 * lost. Written through the same operations the UI calls, on passages found
 * by searching the imported text, so every anchor and citation is real.
 */
import type { FuzzyDate } from '../../../shared/chronology/fuzzy-date/model';
import type { ActorKind, ActorRole, EventType, SignalAnswer, VerificationStatus } from '../../../shared/model/chronology';
import type { ChronologyArea } from '../chronology/chronology-area';
import { addActor } from '../chronology/actors';
import { addEvent, propose } from '../chronology/events';
import { addMemo } from '../coding/memos';
import { applyCodes } from '../coding/passages';
import { NOTE_OVERRULED } from './demo-note';
import { DemoText, type Place } from './demo-text';

/**
 * Passages of the story: the quote to look for, and the codes it gets (none:
 * only cited). The fixtures' sentences are written out rather than imported:
 * their modules load pdf-lib, which the app's main thread should not.
 */
const PASSAGES = {
  ombudsman: { quote: 'Op 5 december 2019 meldde de Nationale ombudsman dat ouders ten onrechte als fraudeur waren aangemerkt.', codeIds: ['DW1'] },
  notPassedOn: { quote: 'De Belastingdienst heeft dit signaal destijds niet doorgegeven aan de minister.', codeIds: ['SV1', 'BO1'] },
  letter: { quote: 'Zie ook de brief van 12 maart 2020 over de hersteloperatie.', codeIds: [] },
  dissent: { quote: 'De commissie concludeert dat tegenspraak binnen het ministerie weinig ruimte kreeg.', codeIds: ['BO6'] },
  internal: { quote: 'Het signaal van de ombudsman is intern besproken, maar nog niet met de bewindspersoon gedeeld.', codeIds: ['SV2', 'BO1'] },
  notFeasible: { quote: 'Uitvoering geeft aan dat de nieuwe werkwijze niet haalbaar is binnen de gestelde termijn.', codeIds: ['DW4'] },
  figures: { quote: 'De cijfers over de terugvorderingen zijn nog niet definitief en worden volgende week aangevuld.', codeIds: ['SV6'] },
  capacity: { quote: 'De uitvoering kan de planning niet halen zonder extra capaciteit.', codeIds: ['DW4'] },
  overruled: { quote: NOTE_OVERRULED, codeIds: ['SV4'] },
  request: { quote: 'In uw verzoek van 5 december 2020 vraagt u om documenten over de hersteloperatie kinderopvangtoeslag.', codeIds: [] },
  decision: { quote: 'Ik besluit de documenten deels openbaar te maken.', codeIds: [] },
} satisfies Record<string, { quote: string; codeIds: string[] }>;
type PassageKey = keyof typeof PASSAGES;

const ACTORS = {
  ombudsman: { name: 'Nationale ombudsman', kind: 'organisation', role: 'hoge-colleges', aliases: ['de ombudsman'] },
  dienst: { name: 'Belastingdienst/Toeslagen', kind: 'organisation', role: 'uitvoering', aliases: ['Belastingdienst', 'Uitvoering'] },
  dg: { name: 'DG Toeslagen', kind: 'organisation', role: 'beleid', aliases: ['Secretariaat DG'] },
  programme: { name: 'Programmadirectie Herstel', kind: 'organisation', role: 'beleid', aliases: ['Programmadirectie'] },
  minister: { name: 'Minister van Financiën', kind: 'person', role: 'politiek', aliases: ['de minister', 'bewindspersoon'] },
  requester: { name: 'Woo-verzoeker', kind: 'person', role: 'media', aliases: [] },
} satisfies Record<string, { name: string; kind: ActorKind; role: ActorRole; aliases: string[] }>;
type ActorKey = keyof typeof ACTORS;

interface DemoEvent {
  /** A fuzzy date, or `proposed`: the date Spoor proposes from the cited passage (here the date of the e-mail it is in). */
  date: FuzzyDate | 'proposed';
  title: string;
  description: string;
  type: EventType;
  status: VerificationStatus;
  actors: ActorKey[];
  cites: PassageKey[];
  signal?: {
    from: ActorKey;
    to: ActorKey;
    content: string;
    /** Answered by an event of the story (by its title), explicitly not, or not looked into yet. */
    answer: { respondedBy: string } | Extract<SignalAnswer, { kind: 'none' | 'open' }>;
    codeIds: string[];
  };
}

const day = (year: number, month: number, dayOfMonth: number): FuzzyDate => ({ kind: 'day', year, month, day: dayOfMonth });

const OVERRULED = 'Nota: advies van de uitvoering niet overgenomen';

/** In creation order: an event that answers a signal comes before the signal. Together the signals show every state: answered, lost, not looked into yet. */
const EVENTS: DemoEvent[] = [
  {
    date: { kind: 'range', from: { kind: 'month', year: 2020, month: 1 }, to: { kind: 'month', year: 2020, month: 2 } },
    title: 'Belastingdienst geeft het signaal van de ombudsman niet door aan de minister',
    description: 'Het signaal van de ombudsman is bij de Belastingdienst bekend, maar bereikt de minister niet. Het blijft steken in interne overleggen.',
    type: 'signal',
    status: 'checked',
    actors: ['dienst', 'minister'],
    cites: ['notPassedOn'],
    signal: {
      from: 'dienst',
      to: 'minister',
      content: 'Ouders worden ten onrechte als fraudeur aangemerkt (signaal van de Nationale ombudsman)',
      answer: { kind: 'none', after: '2020-03-12', note: 'In de stukken tot en met de brief van 12 maart 2020 is geen melding aan of reactie van de minister gevonden.' },
      codeIds: ['SV1', 'SV2'],
    },
  },
  {
    date: { kind: 'part', part: 'end', year: 2020, month: 3 },
    title: OVERRULED,
    description: 'De Programmadirectie kiest voor een snelle start; het advies om de termijn te verlengen wordt niet gevolgd.',
    type: 'decision',
    status: 'draft',
    actors: ['programme', 'dienst'],
    cites: ['overruled'],
  },
  {
    date: 'proposed',
    title: 'Signaal van de ombudsman intern besproken, niet met de bewindspersoon gedeeld',
    description: 'Een e-mail uit de Woo-bundel: het signaal is besproken, maar niet opgeschaald.',
    type: 'meeting',
    status: 'draft',
    actors: ['dg', 'minister'],
    cites: ['internal'],
  },
  {
    date: { kind: 'datetime', year: 2019, month: 5, day: 9, hour: 16, minute: 40 },
    title: 'Uitvoering meldt: planning niet haalbaar zonder extra capaciteit',
    description: 'E-mail aan het secretariaat van de DG, met het rapport als bijlage.',
    type: 'signal',
    status: 'draft',
    actors: ['dienst', 'dg'],
    cites: ['capacity', 'notFeasible'],
    signal: {
      from: 'dienst',
      to: 'dg',
      content: 'De planning van de hersteloperatie is niet haalbaar zonder extra capaciteit',
      answer: { respondedBy: OVERRULED },
      codeIds: ['SV4', 'SV6'],
    },
  },
  {
    date: day(2019, 12, 5),
    title: 'Nationale ombudsman meldt dat ouders ten onrechte als fraudeur zijn aangemerkt',
    description: 'Het eerste externe signaal in het rapport.',
    type: 'signal',
    status: 'checked',
    actors: ['ombudsman', 'dienst'],
    cites: ['ombudsman'],
    signal: {
      from: 'ombudsman',
      to: 'dienst',
      content: 'Ouders zijn ten onrechte als fraudeur aangemerkt',
      answer: { kind: 'open' },
      codeIds: [],
    },
  },
  {
    date: day(2020, 3, 12),
    title: 'Brief over de hersteloperatie',
    description: '',
    type: 'letter',
    status: 'draft',
    actors: ['minister'],
    cites: ['letter'],
  },
  {
    date: day(2020, 12, 5),
    title: 'Woo-verzoek over de hersteloperatie ingediend',
    description: '',
    type: 'letter',
    status: 'draft',
    actors: ['requester'],
    cites: ['request'],
  },
  {
    date: day(2021, 3, 12),
    title: 'Besluit op het Woo-verzoek: documenten deels openbaar',
    description: 'Met inventarislijst en een bundel e-mails; persoonsgegevens zijn weggelakt (5.1.2e).',
    type: 'publication',
    status: 'draft',
    actors: ['minister', 'requester'],
    cites: ['decision'],
  },
];

const CASE_MEMO = [
  'Dit is de voorbeeldzaak van Spoor. Alle documenten zijn gegenereerd; namen, data en feiten zijn verzonnen.',
  'Probeer: zoek op "ombudsman" of "hersteloperatie"; bekijk bij Codering de passages met Signaalverlies (SV1, SV2) en De minister uit de wind houden (BO1);',
  'open de Chronologie en de signaalketen: het signaal van de Belastingdienst aan de minister is verloren gegaan. Het tabblad Woo toont de reconciliatie van inventarislijst en bundel.',
].join('\n');

const PASSAGE_MEMO =
  'Kernpassage: het signaal was bekend, maar is niet doorgegeven. Vergelijk de e-mail in de Woo-bundel waarin staat dat het signaal intern is besproken maar niet met de bewindspersoon is gedeeld.';

/** Writes the story into the open case: passages, actors, events with their signals, memos. */
export async function writeDemoStory(chronology: ChronologyArea): Promise<void> {
  const coding = chronology.coding;
  const text = new DemoText(coding.service);
  const places = new Map<PassageKey, Place>();
  const passageIds = new Map<PassageKey, string>();
  for (const [key, { quote, codeIds }] of Object.entries(PASSAGES) as Array<[PassageKey, (typeof PASSAGES)[PassageKey]]>) {
    const place = await text.locate(quote);
    places.set(key, place);
    if (codeIds.length > 0) passageIds.set(key, (await applyCodes(coding, { ...place, codeIds })).id);
  }

  const actorIds = new Map<ActorKey, string>();
  for (const [key, actor] of Object.entries(ACTORS) as Array<[ActorKey, (typeof ACTORS)[ActorKey]]>) {
    actorIds.set(key, (await addActor(chronology, actor)).id);
  }
  const actor = (key: ActorKey) => actorIds.get(key)!;

  const eventIds = new Map<string, string>();
  for (const event of EVENTS) {
    const citations = event.cites.map((key) => {
      const passageId = passageIds.get(key);
      return passageId ? { passageId } : places.get(key)!;
    });
    const date = event.date === 'proposed' ? await proposedDate(chronology, citations[0]!) : event.date;
    const signal = event.signal && {
      fromActorId: actor(event.signal.from),
      toActorId: actor(event.signal.to),
      content: event.signal.content,
      answer: 'respondedBy' in event.signal.answer ? { kind: 'response' as const, eventId: eventIds.get(event.signal.answer.respondedBy)! } : event.signal.answer,
      codeIds: event.signal.codeIds,
    };
    const created = await addEvent(chronology, {
      date,
      title: event.title,
      description: event.description,
      type: event.type,
      status: event.status,
      actorIds: event.actors.map(actor),
      codeIds: [...new Set(event.cites.flatMap((key) => PASSAGES[key].codeIds))],
      citations,
      ...(signal ? { signal } : {}),
    });
    eventIds.set(event.title, created.id);
  }

  await addMemo(coding, { kind: 'case' }, CASE_MEMO);
  await addMemo(coding, { kind: 'passage', passageId: passageIds.get('notPassedOn')! }, PASSAGE_MEMO);
}

/** The date Spoor proposes for an event from this citation; the year of the story when it finds none. */
async function proposedDate(chronology: ChronologyArea, citation: Place | { passageId: string }): Promise<FuzzyDate> {
  return (await propose(chronology, citation)).date ?? { kind: 'year', year: 2019 };
}
