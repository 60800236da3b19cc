/**
 * A Dutch-like corpus, generated deterministically from a seed: real Dutch
 * words and inflections with a Zipf-like frequency, names, file numbers and
 * refusal grounds, cut into documents of pages of ~100-word paragraphs.
 */
import type { PassageInput } from '../../../shared/search/shard';
import { seededRandom as random } from '../../../fixtures/random';

export { random };

const BASE = `de het een van en in op te dat voor met aan niet is zijn door bij om ook als naar uit er worden wordt werd hebben heeft
minister ministerie staatssecretaris kamer tweede commissie rapport brief nota advies besluit besluiten beslissing verzoek woo
belastingdienst toeslagen toeslag kinderopvangtoeslag ouders ouder gedupeerden hersteloperatie signaal signalen melding meldingen
uitvoering uitvoeringsorganisatie beleid beleidsdirectie directeur directie ambtenaar ambtenaren medewerker medewerkers overleg
stikstof natuur vergunning vergunningen landsadvocaat rechter rechtbank uitspraak raad state bezwaar beroep procedure termijn
informatie documenten document stukken openbaar openbaarmaking weigering weigeringsgrond persoonsgegevens levenssfeer belang
financiën financieel begroting kosten bedrag miljoen euro jaar jaren maand week dag datum planning risico risico's probleem
problemen oplossing oplossingen maatregel maatregelen wet wetgeving regeling regels fraude fraudeur onderzoek onderzoeken
inspectie toezicht toezichthouder ombudsman nationale parlement vragen antwoord antwoorden debat motie amendement coalitie
gemeente gemeenten provincie provincies rijk rijksoverheid burger burgers bedrijven organisaties vertrouwen transparantie
verantwoordelijkheid verantwoording aansturing sturing besluitvorming werkwijze haalbaarheid haalbaar capaciteit systemen
gegevens dossier dossiers notitie gespreksnotitie verslag vergadering agenda bespreking conclusie conclusies aanbeveling`.split(/\s+/);

const NAMES = ['Jansen', 'Janssen', 'de Vries', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks'];
const SYLLABLES = ['be', 'las', 'ting', 'dienst', 'ver', 'gun', 'ning', 'toe', 'slag', 'uit', 'voe', 'ring', 'stik', 'stof', 'on', 'der', 'zoek', 'rap', 'port', 'over', 'leg', 'raad', 'huis', 'werk', 'plan', 'wet', 'geving', 'beleid', 'kader', 'aan', 'pak', 'pro', 'ject', 'team', 'ge', 'meente'];
const SUFFIXES = ['', '', '', 'en', 's', 'e', 'de', 'ing', 'ingen', 'heid'];
const GROUNDS = ['5.1.2e', '5.1.2i', '5.2.1', '5.1.1c', '5.1.2a'];


export interface Vocabulary {
  words: string[];
  pick: () => string;
}

/** ~20,000 distinct words (base words first, then compounds), drawn with a Zipf-like distribution. */
export function vocabulary(rand: () => number, size = 20_000): Vocabulary {
  const words = [...BASE];
  const seen = new Set(words);
  while (words.length < size) {
    const parts = 2 + Math.floor(rand() * 3);
    let word = '';
    for (let i = 0; i < parts; i += 1) word += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    word += SUFFIXES[Math.floor(rand() * SUFFIXES.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  // Rank r is drawn with probability ∝ 1/(r+1)^1.05: a few very frequent words, a long tail.
  const weights = words.map((_, r) => 1 / (r + 1) ** 1.05);
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  const pick = () => {
    const x = rand() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid] as number) < x) low = mid + 1;
      else high = mid;
    }
    return words[low] as string;
  };
  return { words, pick };
}

export const PASSAGES_PER_PAGE = 5;
export const PAGES_PER_DOCUMENT = 5;

/** `count` passages of ~100 words, 5 per page, 5 pages per document. */
export function generatePassages(count: number, seed = 20_241_129): PassageInput[] {
  const rand = random(seed);
  const vocab = vocabulary(rand);
  const passages: PassageInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const doc = Math.floor(i / (PASSAGES_PER_PAGE * PAGES_PER_DOCUMENT));
    const page = 1 + (Math.floor(i / PASSAGES_PER_PAGE) % PAGES_PER_DOCUMENT);
    const length = 70 + Math.floor(rand() * 60);
    const words: string[] = [];
    for (let w = 0; w < length; w += 1) {
      const roll = rand();
      if (roll < 0.01) words.push(NAMES[Math.floor(rand() * NAMES.length)] as string);
      else if (roll < 0.012) words.push(GROUNDS[Math.floor(rand() * GROUNDS.length)] as string);
      else if (roll < 0.014) words.push(`${2015 + Math.floor(rand() * 10)}-${1000 + Math.floor(rand() * 9000)}`);
      else words.push(vocab.pick());
    }
    const text = `${words.join(' ')}.`;
    const first = text.charAt(0).toUpperCase() + text.slice(1);
    passages.push({ documentId: `d${String(doc).padStart(6, '0')}`, page, start: 0, end: first.length, text: first, ocr: doc % 10 === 9, grounds: [] });
  }
  return passages;
}
