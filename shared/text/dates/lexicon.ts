/**
 * The Dutch words dates are written with, and the words around them that
 * tell a year from an amount. All in lower case.
 */

export interface MonthWord {
  month: number;
  /** Abbreviations ("dec", "mrt") count only beside a day or year, and in lower case or with a full stop. */
  abbreviation: boolean;
}

const FULL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  febr: 2,
  mrt: 3,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const MONTHS = new Map<string, MonthWord>([
  ...FULL_MONTHS.map((name, index): [string, MonthWord] => [name, { month: index + 1, abbreviation: false }]),
  ...Object.entries(MONTH_ABBREVIATIONS).map(([name, month]): [string, MonthWord] => [name, { month, abbreviation: true }]),
]);

/** ISO weekday numbers; two-letter abbreviations count only when they agree with the date that follows. */
export const WEEKDAYS = new Map<string, { weekday: number; full: boolean }>([
  ...['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'].map((name, index): [string, { weekday: number; full: boolean }] => [name, { weekday: index + 1, full: true }]),
  ...['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'].map((name, index): [string, { weekday: number; full: boolean }] => [name, { weekday: index + 1, full: false }]),
]);

export const SEASONS = new Map<string, 'spring' | 'summer' | 'autumn' | 'winter'>([
  ['voorjaar', 'spring'],
  ['lente', 'spring'],
  ['zomer', 'summer'],
  ['najaar', 'autumn'],
  ['herfst', 'autumn'],
  ['winter', 'winter'],
]);

/** begin / medio / eind of a month or year. "half" only of a month ("half mei"); "half twee" is a time. */
export const PARTS = new Map<string, 'begin' | 'mid' | 'end'>([
  ['begin', 'begin'],
  ['primo', 'begin'],
  ['medio', 'mid'],
  ['midden', 'mid'],
  ['half', 'mid'],
  ['halverwege', 'mid'],
  ['eind', 'end'],
  ['einde', 'end'],
  ['ultimo', 'end'],
]);

/** "derde kwartaal", "tweede helft": ordinals as words, and "laatste" for the last quarter. */
export const ORDINALS = new Map<string, number>([
  ['eerste', 1],
  ['tweede', 2],
  ['derde', 3],
  ['vierde', 4],
  ['laatste', 4],
]);

/** Written after a day number as an ordinal: "de 12e", "1ste", "2de". */
export const ORDINAL_SUFFIXES = new Set(['e', 'ste', 'de', 'en']);

/** "vorig jaar", "dit jaar", "volgend jaar": the year relative to the reference date. */
export const RELATIVE_YEAR = new Map<string, number>([
  ['vorig', -1],
  ['verleden', -1],
  ['dit', 0],
  ['volgend', 1],
  ['komend', 1],
]);

/** "vorige week", "deze maand", "volgende maand". */
export const RELATIVE_PERIOD = new Map<string, number>([
  ['vorige', -1],
  ['deze', 0],
  ['volgende', 1],
  ['komende', 1],
]);

/** Days relative to the reference date. */
export const RELATIVE_DAYS = new Map<string, number>([
  ['eergisteren', -2],
  ['gisteren', -1],
  ['gisterochtend', -1],
  ['gistermiddag', -1],
  ['gisteravond', -1],
  ['vandaag', 0],
  ['vanochtend', 0],
  ['vanmorgen', 0],
  ['vanmiddag', 0],
  ['vanavond', 0],
  ['morgen', 1],
  ['morgenochtend', 1],
  ['morgenmiddag', 1],
  ['morgenavond', 1],
  ['overmorgen', 2],
]);

/** Before "morgen", these make it the noun (the morning): "de morgen van 5 mei", "elke morgen". */
export const MORNING_NOUN_BEFORE = new Set(['de', 'die', 'deze', 'elke', 'iedere', 'goede', 'volgende', 'een', 'zon', 'morgen', 's']);

/**
 * Words after which a bare year or a month name without a day is a date:
 * "in 2016", "sinds 2019", "in mei", "over 2019", "het jaar 2020".
 */
export const YEAR_CONTEXT = new Set([
  'in',
  'sinds',
  'sedert',
  'vanaf',
  'tot',
  'na',
  'ná',
  'voor',
  'vóór',
  'rond',
  'rondom',
  'omstreeks',
  'circa',
  'ca',
  'per',
  'uit',
  'over',
  'van',
  'tussen',
  'jaar',
  'jaren',
  'kalenderjaar',
  'boekjaar',
  'begrotingsjaar',
  'belastingjaar',
  'toeslagjaar',
  'verslagjaar',
  'peiljaar',
  'periode',
  'uiterlijk',
  'maand',
  'peildatum',
]);

/** A number followed by one of these counts something: "in 2016 gevallen", "tot 2019 euro", "per week 12 meldingen". */
export const COUNTED_NOUNS = new Set([
  'gevallen',
  'zaken',
  'dossiers',
  'documenten',
  'pagina',
  'paginas',
  'personen',
  'mensen',
  'ouders',
  'kinderen',
  'burgers',
  'gezinnen',
  'huishoudens',
  'woningen',
  'bedrijven',
  'ondernemers',
  'medewerkers',
  'ambtenaren',
  'fte',
  'euro',
  'eur',
  'procent',
  'keer',
  'maal',
  'meldingen',
  'signalen',
  'klachten',
  'brieven',
  'mails',
  'aanvragen',
  'verzoeken',
  'besluiten',
  'bezwaren',
  'uur',
  'uren',
  'minuten',
  'dagen',
  'weken',
  'maanden',
  'jaren',
  'km',
  'kilometer',
  'meter',
  'ton',
  'kilo',
  'stuks',
  'exemplaren',
  'deelnemers',
  'leerlingen',
  'studenten',
  'patiënten',
  'aanslagen',
  'miljoen',
  'miljard',
  'duizend',
  'projecten',
  'vragen',
  'jaar',
  'maand',
  'week',
  'dag',
  'werkdagen',
]);

/** Before a number, these make it a reference, not a day: "artikel 3 en 4", "nr. 12", "bijlage 5". */
export const NUMBER_LABELS = new Set([
  'artikel',
  'art',
  'artikelen',
  'lid',
  'nr',
  'nummer',
  'nummers',
  'no',
  'hoofdstuk',
  'paragraaf',
  'par',
  'bijlage',
  'bijlagen',
  'pagina',
  'paginas',
  'p',
  'pp',
  'blz',
  'punt',
  'onderdeel',
  'document',
  'documenten',
  'id',
  'vraag',
  'vragen',
  'kenmerk',
  'versie',
  'week',
  'stap',
  'fase',
  'tabel',
  'figuur',
  'noot',
  'voetnoot',
]);

/** Before "tot", these make the date a new deadline, not an end: "verdaagd tot 11 mei 2023". */
export const DEADLINE_VERBS = new Set([
  'verdaagd',
  'uitgesteld',
  'verlengd',
  'verschoven',
  'opgeschort',
  'verdaagt',
  'verlengt',
  'verschuift',
  'verdagen',
  'verlengen',
  'verschuiven',
  'uitstellen',
  'opschorten',
]);

/** "vijf jaar geleden": small numbers as words. */
export const NUMBER_WORDS = new Map<string, number>(
  ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'].map((word, index) => [word, index + 1]),
);

/** Modifiers that make a date open-ended or approximate. Multi-word ones are matched word by word. */
export type Modifier = 'approximate' | 'before' | 'beforeInclusive' | 'after' | 'afterInclusive';

export const MODIFIERS: ReadonlyArray<{ words: readonly string[]; modifier: Modifier }> = [
  { words: ['ca', '.'], modifier: 'approximate' },
  { words: ['c', '.', 'a', '.'], modifier: 'approximate' },
  { words: ['ca'], modifier: 'approximate' },
  { words: ['circa'], modifier: 'approximate' },
  { words: ['omstreeks'], modifier: 'approximate' },
  { words: ['rond'], modifier: 'approximate' },
  { words: ['rondom'], modifier: 'approximate' },
  { words: ['ongeveer'], modifier: 'approximate' },
  { words: ['plusminus'], modifier: 'approximate' },
  { words: ['±'], modifier: 'approximate' },
  { words: ['vóór'], modifier: 'before' },
  { words: ['eerder', 'dan'], modifier: 'before' },
  { words: ['voorafgaand', 'aan'], modifier: 'before' },
  { words: ['voorafgaande', 'aan'], modifier: 'before' },
  { words: ['tot', 'en', 'met'], modifier: 'beforeInclusive' },
  { words: ['t', '/', 'm'], modifier: 'beforeInclusive' },
  { words: ['tot'], modifier: 'before' },
  { words: ['uiterlijk'], modifier: 'beforeInclusive' },
  { words: ['ten', 'laatste'], modifier: 'beforeInclusive' },
  { words: ['niet', 'later', 'dan'], modifier: 'beforeInclusive' },
  { words: ['na'], modifier: 'after' },
  { words: ['ná'], modifier: 'after' },
  { words: ['later', 'dan'], modifier: 'after' },
  { words: ['sinds'], modifier: 'afterInclusive' },
  { words: ['sedert'], modifier: 'afterInclusive' },
  { words: ['vanaf'], modifier: 'afterInclusive' },
  { words: ['met', 'ingang', 'van'], modifier: 'afterInclusive' },
  { words: ['m', '.', 'i', '.', 'v', '.'], modifier: 'afterInclusive' },
  { words: ['niet', 'eerder', 'dan'], modifier: 'afterInclusive' },
];

/** Between the two ends of a range: "2 t/m 6 maart", "1 januari tot en met 31 maart", "16-20 december". */
export const RANGE_CONNECTORS: ReadonlyArray<readonly string[]> = [['t', '/', 'm'], ['t', '.', 'e', '.', 'm', '.'], ['tot', 'en', 'met'], ['tot'], ['-'], ['–'], ['—'], ['‐'], ['‑'], ['/']];

/** Between the items of a list: "12 augustus, 3 en 29 september en 21 november 2025". */
export const LIST_CONNECTORS: ReadonlyArray<readonly string[]> = [[',', 'en'], ['en', '/', 'of'], [','], ['en'], ['of'], ['&']];

/** Words that may stand between a list connector and the next item: "en op 21 november". */
export const LIST_FILLERS = new Set(['op', 'in', 'per', 'van']);

/** After a day, these say which month or year it is relative to the reference date. */
export const ANCHORS: ReadonlyArray<{ words: readonly string[]; anchor: 'last' | 'next' | 'thisMonth' }> = [
  { words: ['j', '.', 'l', '.'], anchor: 'last' },
  { words: ['jl', '.'], anchor: 'last' },
  { words: ['jl'], anchor: 'last' },
  { words: ['jongstleden'], anchor: 'last' },
  { words: ['laatstleden'], anchor: 'last' },
  { words: ['ll', '.'], anchor: 'last' },
  { words: ['a', '.', 's', '.'], anchor: 'next' },
  { words: ['as', '.'], anchor: 'next' },
  { words: ['aanstaande'], anchor: 'next' },
  { words: ['dezer'], anchor: 'thisMonth' },
];
