import type { Code, Codebook, Shortcut } from '../model/coding';

/**
 * The codebook every new case starts with, drawn from the essay on civil-
 * service craftsmanship behind Spoor (see CODEBOOK.md in the team docs):
 * A blocking beliefs, B signal loss, C democratic values. The wording is
 * Spoor's own. GUIDs are fixed so that two analysts who start from this
 * codebook exchange work on the same codes (team merge, REFI-QDA).
 */

const CREATED_AT = '2025-01-01T00:00:00.000Z';
const CREATED_BY = 'Spoor';

interface Seed {
  id: string;
  guid: string;
  parentId: string | null;
  color: string;
  shortcut: Shortcut | null;
  nl: { label: string; definition: string; indicators: string[] };
  en: { label: string; definition: string; indicators: string[] };
}

const SEEDS: Seed[] = [
  {
    id: 'A',
    guid: 'b0009a32-87a0-49cd-93eb-6a9d6606b2ec',
    parentId: null,
    color: '#b3412f',
    shortcut: null,
    nl: {
      label: 'Blokkerende overtuigingen',
      definition:
        'Overtuigingen van ambtenaren die het dienen van het publieke belang in de weg zitten. Codeer een passage waar zo’n overtuiging blijkt uit wat mensen schrijven of doen.',
      indicators: [],
    },
    en: {
      label: 'Blocking beliefs',
      definition:
        'Beliefs held by civil servants that get in the way of serving the public interest. Code a passage where such a belief shows in what people write or do.',
      indicators: [],
    },
  },
  {
    id: 'BO1',
    guid: '0c5545df-6fe2-41b6-b254-4d7f69ae3558',
    parentId: 'A',
    color: '#d1495b',
    shortcut: '1',
    nl: {
      label: 'De minister uit de wind houden',
      definition:
        'Politieke sensitiviteit die doorschiet: ambtenaren zien het als hun taak de minister buiten schot te houden en gaan voor de minister denken in plaats van haar te adviseren.',
      indicators: [
        'risico’s alleen als politiek risico benoemd',
        'advies afgezwakt of weggelaten voordat het de minister bereikt',
        'cijfers gunstiger voorgesteld dan ze zijn',
      ],
    },
    en: {
      label: 'Shielding the minister',
      definition:
        'Political sensitivity taken too far: officials see their job as keeping the minister out of trouble and start thinking on the minister’s behalf instead of advising.',
      indicators: [
        'risks named only as political risks',
        'advice softened or dropped before it reaches the minister',
        'figures presented more favourably than they are',
      ],
    },
  },
  {
    id: 'BO2',
    guid: '5019d9cc-90dc-42d7-ba79-79e08e278dfb',
    parentId: 'A',
    color: '#e07a1f',
    shortcut: '2',
    nl: {
      label: 'Lijken in de kast houden',
      definition:
        'Openheid wordt als bedreiging gezien: bekende problemen worden ontkend of binnenskamers gehouden en pas gemeld als het niet anders kan.',
      indicators: ['ontkennen van een probleem dat intern bekend is', 'informatie achtergehouden', 'openbaarmaking alleen na druk (reactief in plaats van actief)'],
    },
    en: {
      label: 'Keeping skeletons in the closet',
      definition:
        'Openness is treated as a threat: known problems are denied or kept in-house and disclosed only when there is no other way.',
      indicators: ['denial of a problem known internally', 'information withheld', 'disclosure only under pressure (reactive instead of active)'],
    },
  },
  {
    id: 'BO3',
    guid: '5711a0cd-dfa9-4f4c-a61b-a02b68ff9860',
    parentId: 'A',
    color: '#c9a227',
    shortcut: '3',
    nl: {
      label: 'Niet op je schreden terugkeren',
      definition:
        'Een consistent politiek verhaal weegt zwaarder dan het rechtzetten ervan: fouten worden niet toegegeven en schijnoplossingen houden de eerdere lijn overeind.',
      indicators: ['de eerdere lijn herhaald ondanks nieuwe feiten', 'weigeren een standpunt te herzien', 'schijnoplossing in plaats van erkenning van de fout'],
    },
    en: {
      label: 'No turning back',
      definition:
        'A consistent political story counts for more than correcting it: mistakes are not admitted and sham solutions keep the earlier line standing.',
      indicators: ['the earlier line repeated despite new facts', 'refusal to revise a position', 'a sham solution instead of owning the mistake'],
    },
  },
  {
    id: 'BO4',
    guid: 'cea2077d-0cd7-418c-85c1-7674e8faa784',
    parentId: 'A',
    color: '#8f5b34',
    shortcut: '4',
    nl: {
      label: 'Uitvoering zegt geen nee',
      definition:
        'Uitvoeringsorganisaties doen alles om het onuitvoerbare uitvoerbaar te maken; bezwaren over uitvoerbaarheid worden opzijgezet, vaak met de belofte van extra geld.',
      indicators: ['uitvoeringstoets met voorbehouden die toch tot “uitvoerbaar” leidt', 'bezwaren over haalbaarheid overruled', 'extra budget als antwoord op een principieel bezwaar'],
    },
    en: {
      label: 'Implementation never says no',
      definition:
        'Implementing agencies go to any length to make the unfeasible feasible; objections about feasibility are set aside, often with a promise of extra money.',
      indicators: ['a feasibility test full of caveats that still concludes “feasible”', 'feasibility objections overruled', 'extra budget as the answer to an objection of principle'],
    },
  },
  {
    id: 'BO5',
    guid: 'd02d53bb-02a7-48d8-9124-aaff5ef20c3f',
    parentId: 'A',
    color: '#a23b72',
    shortcut: '5',
    nl: {
      label: 'Toezicht zoekt geen publiciteit',
      definition:
        'Een toezichthouder die geen gehoor vindt, blijft bij interne notities en stapt niet naar het parlement of de openbaarheid, uit loyaliteit aan het ministerie.',
      indicators: ['kritische bevindingen alleen in interne stukken', 'geen melding aan de Kamer ondanks uitblijvende reactie', 'terughoudendheid uit loyaliteit aan het departement'],
    },
    en: {
      label: 'Supervisors stay quiet',
      definition:
        'An inspectorate that is not listened to sticks to internal memos rather than going to parliament or the public, out of loyalty to the ministry.',
      indicators: ['critical findings only in internal papers', 'no report to parliament although nothing was done', 'restraint out of loyalty to the department'],
    },
  },
  {
    id: 'BO6',
    guid: '1733e1c3-7acd-486d-987f-63edbd283114',
    parentId: 'A',
    color: '#6b4e9b',
    shortcut: '6',
    nl: {
      label: 'Loyaal na tegenspraak',
      definition:
        'Het dilemma achter alle andere: bezwaar wordt een of twee keer geuit, daarna worden de instructies gevolgd; wie blijft tegenspreken geldt als lastig en er is geen veilige ruimte voor onenigheid.',
      indicators: ['bezwaar eenmaal genoteerd, daarna uitgevoerd', 'aanhoudende tegenspraak als “gezeur” afgedaan', 'geen plek om onenigheid veilig te bespreken'],
    },
    en: {
      label: 'Loyal after dissent',
      definition:
        'The dilemma behind all the others: an objection is voiced once or twice, then instructions are followed; whoever keeps objecting is seen as a nuisance and there is no safe room for disagreement.',
      indicators: ['objection noted once, then carried out', 'persistent dissent dismissed as nagging', 'no place to discuss disagreement safely'],
    },
  },
  {
    id: 'B',
    guid: '8973edbf-2b5c-4338-8e46-0ee967328bac',
    parentId: null,
    color: '#1f5f8b',
    shortcut: null,
    nl: {
      label: 'Signaalverlies',
      definition:
        'Een signaal uit de praktijk (burgers, uitvoerders, toezichthouders, ombudsman) bereikt de beslissers niet, of brengt daar niets in beweging. Koppel deze codes waar mogelijk aan gebeurtenissen in de chronologie: wie signaleerde wat aan wie, en wat kwam terug.',
      indicators: [],
    },
    en: {
      label: 'Signal loss',
      definition:
        'A signal from practice (citizens, front-line staff, inspectorates, ombudsman) does not reach those who decide, or does not move them. Where possible pair these codes with chronology events: who signalled what to whom, and what came back.',
      indicators: [],
    },
  },
  {
    id: 'SV1',
    guid: '9406b92d-a2f6-45bd-915d-80b7c3fbe78a',
    parentId: 'B',
    color: '#2a9d8f',
    shortcut: 'shift+1',
    nl: { label: 'Niet gemeld', definition: 'Het probleem werd gezien, maar niemand gaf een signaal af.', indicators: ['zelfcensuur', '“niet mijn afdeling”', 'wel geconstateerd, niet doorgegeven'] },
    en: { label: 'Not raised', definition: 'The problem was seen, but nobody passed on a signal.', indicators: ['self-censorship', '“not my department”', 'noticed but not passed on'] },
  },
  {
    id: 'SV2',
    guid: '5d480a54-a5a0-4629-93ee-f174c8a6e944',
    parentId: 'B',
    color: '#3d7ab8',
    shortcut: 'shift+2',
    nl: { label: 'Alleen intern', definition: 'Het signaal bleef steken in een interne notitie of overleg en werd niet opgeschaald.', indicators: ['interne memo zonder vervolg', 'besproken in bestuursoverleg, niet verder gemeld'] },
    en: { label: 'Kept internal', definition: 'The signal stayed in an internal note or meeting and was not escalated.', indicators: ['internal memo without follow-up', 'discussed at board level, not reported further'] },
  },
  {
    id: 'SV3',
    guid: '6c52a018-7a47-4010-8041-d81ddc204bd4',
    parentId: 'B',
    color: '#5e60ce',
    shortcut: 'shift+3',
    nl: { label: 'Geen gehoor', definition: 'Het signaal kwam aan bij wie het bedoeld was, maar er volgde geen antwoord of actie.', indicators: ['brief onbeantwoord', 'ontvangst bevestigd, niets gedaan'] },
    en: { label: 'Not heard', definition: 'The signal reached its addressee, but no answer or action followed.', indicators: ['letter left unanswered', 'receipt acknowledged, nothing done'] },
  },
  {
    id: 'SV4',
    guid: '8d37e355-3b06-46fd-a099-f8083d260d72',
    parentId: 'B',
    color: '#7b2cbf',
    shortcut: 'shift+4',
    nl: { label: 'Overruled', definition: 'Het bezwaar werd gehoord en opzijgezet, bijvoorbeeld met extra budget of een politieke prioriteit.', indicators: ['“politiek is al besloten”', 'bezwaar afgekocht met geld'] },
    en: { label: 'Overruled', definition: 'The objection was heard and set aside, for example with extra budget or a political priority.', indicators: ['“the political decision has been made”', 'objection bought off with money'] },
  },
  {
    id: 'SV5',
    guid: '68076c20-6052-4b33-8eae-5a8ba95af57d',
    parentId: 'B',
    color: '#118ab2',
    shortcut: 'shift+5',
    nl: { label: 'Gefilterd of bijgesteld', definition: 'Het signaal veranderde onderweg naar boven: advies herschreven, cijfers aangepast, nuance weggelaten.', indicators: ['opeenvolgende versies van een nota die milder worden', 'cijfers anders dan in de bron'] },
    en: { label: 'Filtered or altered', definition: 'The signal changed on its way up: advice rewritten, figures adjusted, nuance dropped.', indicators: ['successive drafts of a note growing milder', 'figures that differ from the source'] },
  },
  {
    id: 'SV6',
    guid: '57f305fa-0a6a-4e2b-a717-7c163e0cb266',
    parentId: 'B',
    color: '#4d908e',
    shortcut: 'shift+6',
    nl: { label: 'Vertraagd', definition: 'Het signaal kwam veel later aan, of er werd veel later op gehandeld, dan had gekund.', indicators: ['maanden tussen melding en reactie', 'besluit uitgesteld tot na een ijkmoment'] },
    en: { label: 'Delayed', definition: 'The signal arrived, or was acted on, much later than it could have been.', indicators: ['months between report and response', 'decision postponed until after a milestone'] },
  },
  {
    id: 'SV7',
    guid: '71f6d072-4dee-42fb-ac47-2514b6ae1fe1',
    parentId: 'B',
    color: '#264653',
    shortcut: 'shift+7',
    nl: { label: 'Ontkend', definition: 'Het signaal werd publiek of formeel ontkend.', indicators: ['Kamerbrief die het probleem ontkent', 'formeel antwoord dat de feiten betwist'] },
    en: { label: 'Denied', definition: 'The signal was denied publicly or formally.', indicators: ['letter to parliament denying the problem', 'formal reply disputing the facts'] },
  },
  {
    id: 'SV8',
    guid: '3d8db6a2-2c43-46c6-8411-c8efb11198f5',
    parentId: 'B',
    color: '#4361ee',
    shortcut: 'shift+8',
    nl: { label: 'Tussen de knippen', definition: 'Het signaal viel tussen beleid, uitvoering en toezicht in; niemand voelde zich eigenaar.', indicators: ['doorverwezen van organisatie naar organisatie', '“daar gaan wij niet over”'] },
    en: { label: 'Lost between organisations', definition: 'The signal fell between policy, implementation and supervision; nobody owned it.', indicators: ['passed on from one organisation to the next', '“that is not for us to decide”'] },
  },
  {
    id: 'C',
    guid: '99a1a06a-edc6-42d4-9c3a-bdb789802306',
    parentId: null,
    color: '#2d6a4f',
    shortcut: null,
    nl: {
      label: 'Democratische waarden',
      definition: 'Positieve codes (naar Rosanvallon) voor passages waarin de tegenkrachten zichtbaar werken.',
      indicators: [],
    },
    en: {
      label: 'Democratic values',
      definition: 'Positive codes (after Rosanvallon) for passages in which the counter-forces can be seen at work.',
      indicators: [],
    },
  },
  {
    id: 'DW1',
    guid: 'e8b7bda9-52be-496b-9a30-776e5b4978f5',
    parentId: 'C',
    color: '#40916c',
    shortcut: '7',
    nl: { label: 'Onpartijdigheid', definition: 'Onafhankelijk, niet-partijdig signaleren en agenderen, zoals door inspecties of kennisinstituten met heldere waarborgen voor hun onafhankelijkheid.', indicators: ['inspectie publiceert op eigen gezag', 'onafhankelijkheid vastgelegd in een kader'] },
    en: { label: 'Impartiality', definition: 'Independent, non-partisan signalling and agenda-setting, for instance by inspectorates or knowledge institutes with clear safeguards for their independence.', indicators: ['inspectorate publishes on its own authority', 'independence laid down in a framework'] },
  },
  {
    id: 'DW2',
    guid: '9eb0b8f7-f421-4f18-bdd7-9f91f094d92e',
    parentId: 'C',
    color: '#74a12e',
    shortcut: '8',
    nl: { label: 'Reflexiviteit', definition: 'Systeemrisico’s en over het hoofd geziene groepen opsporen; overleg, actief luisteren en oog voor belangen die weinig stem hebben.', indicators: ['analyse van wie buiten beeld blijft', 'tegenspraak georganiseerd in het proces'] },
    en: { label: 'Reflexivity', definition: 'Looking for system risks and overlooked groups; deliberation, active listening and attention to interests with little voice.', indicators: ['analysis of who stays out of sight', 'dissent built into the process'] },
  },
  {
    id: 'DW3',
    guid: '4c0e93be-58f1-4387-ac6f-11cc64966602',
    parentId: 'C',
    color: '#52b788',
    shortcut: '9',
    nl: { label: 'Nabijheid', definition: 'Rechtstreeks contact met burgers en professionals in de uitvoering: ervaringsdeskundigen, keukentafelgesprekken.', indicators: ['gesprek met getroffen burgers', 'signalen van frontlijnmedewerkers opgehaald'] },
    en: { label: 'Proximity', definition: 'Direct contact with citizens and front-line professionals: people with lived experience, kitchen-table conversations.', indicators: ['talks with affected citizens', 'signals gathered from front-line staff'] },
  },
  {
    id: 'DW4',
    guid: '88ce125c-6cf7-4e48-9c7e-04383b07a97b',
    parentId: 'C',
    color: '#1b998b',
    shortcut: '0',
    nl: { label: 'Tegenspraak', definition: 'Een ambtenaar of instantie brengt een onderbouwd tegengeluid in: het vakmanschap waar het essay om vraagt.', indicators: ['beargumenteerd alternatief advies', 'expliciet afwijkend standpunt op schrift'] },
    en: { label: 'Dissent offered', definition: 'An official or body puts forward a reasoned counter-view: the craft the essay asks for.', indicators: ['reasoned alternative advice', 'a dissenting position put in writing'] },
  },
];

function toCode(seed: Seed): Code {
  return {
    id: seed.id,
    guid: seed.guid,
    label: { nl: seed.nl.label, en: seed.en.label },
    definition: { nl: seed.nl.definition, en: seed.en.definition },
    indicators: { nl: seed.nl.indicators, en: seed.en.indicators },
    parentId: seed.parentId,
    color: seed.color,
    shortcut: seed.shortcut,
    codable: seed.parentId !== null,
    createdAt: CREATED_AT,
    createdBy: CREATED_BY,
  };
}

/** A fresh copy each time: the case owns (and edits) its codebook. */
export function defaultCodebook(): Codebook {
  return { version: 1, codes: SEEDS.map(toCode) };
}
