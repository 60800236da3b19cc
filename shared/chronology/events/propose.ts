import type { FuzzyDate } from '../fuzzy-date';
import { parseCivilDay } from '../fuzzy-date/civil';
import type { Actor, EventType } from '../../model/chronology';
import { extractDates, type DateMention } from '../../text/dates';
import { actorsMentioned } from './actors';

/**
 * What Spoor proposes when the analyst makes an event from a passage: a
 * date, a title, the actors and a type, all taken from the passage and the
 * sentence around it. A proposal; the analyst confirms or corrects it.
 */
export interface EventProposal {
  date: FuzzyDate | null;
  /** Where the date came from: the passage, its sentence, or (lacking both) the document's own date. */
  dateSource: 'passage' | 'sentence' | 'document' | 'none';
  /** The date as written in the source, when it came from the text. */
  dateText: string | null;
  /** Other dates found in the passage and its sentence, for the analyst to choose from. */
  otherDates: Array<{ text: string; value: FuzzyDate }>;
  title: string;
  actorIds: string[];
  type: EventType;
}

const MAX_TITLE = 140;

/** Abbreviations after which a full stop and a capital do not start a new sentence ("mr. Jansen", "dhr. De Vries"). */
const ABBREVIATIONS = new Set(['mr', 'dhr', 'mw', 'mevr', 'drs', 'dr', 'ir', 'prof', 'ing', 'jl', 'nr', 'art', 'blz', 'ca', 'bijv', 'resp', 'zgn', 'vgl', 'st', 'jr', 'sr']);

/**
 * Where the sentence holding [start, end) begins and ends: at . ! ? followed
 * by white space and a capital (not after an abbreviation), or a blank line.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const boundary = /(?<=[.!?…])\s+(?=[\p{Lu}“"'‘(])|\n\s*\n/gu;
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(boundary)) {
    const at = match.index ?? 0;
    const word = /([\p{L}]+)\.$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase();
    if (word && ABBREVIATIONS.has(word)) continue;
    if (at + match[0].length <= start) from = at + match[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { start: from, end: to };
}

/** Words that say what kind of event a sentence tells of; the first kind found wins. */
const TYPE_WORDS: Array<[EventType, RegExp]> = [
  ['warning', /\bwaarschuw\w*|\bgewaarschuwd\b/iu],
  ['signal', /\bsigna\w*|\bmeld(de|den|t|ing\w*)?\b|\bgemeld\b|\bklacht\w*|\baangekaart\b|\bkaartte\b/iu],
  ['response', /\bantwoord\w*|\breageer\w*|\breageerde\w*|\breactie\w*|\bbeantwoord\w*/iu],
  ['decision', /\bbeslo(ot|ten)\b|\bbesluit\w*|\bbesloten\b|\bstemde\w* in\b/iu],
  ['publication', /\bpubliceer\w*|\bpubliceerde\w*|\bgepubliceerd\b|\brapport\b|\bverscheen\b/iu],
  ['meeting', /\boverleg\w*|\bvergader\w*|\bbespreking\w*|\bgesprek\w*/iu],
  ['letter', /\bbrief\b|\bbrieven\b|\be-?mail\w*|\bnota\b|\bmemo\b/iu],
];

export function guessEventType(text: string): EventType {
  return TYPE_WORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

function usable(mentions: readonly DateMention[]): Array<DateMention & { value: FuzzyDate }> {
  return mentions.filter((mention): mention is DateMention & { value: FuzzyDate } => mention.value !== null);
}

/**
 * A title from a sentence, cut at a word boundary. A date adverbial in the
 * middle or at the end ("De ombudsman meldde op 5 december 2019 dat …") is
 * taken out with its preposition, as the event's date already says it. Any
 * other date stays: at the start Dutch word order depends on it ("Op 5
 * december 2019 meldde …"), and after a noun it belongs to it ("de brief van
 * 12 maart 2020").
 */
export function titleFrom(sentence: string, dateSpan?: { start: number; end: number }): string {
  let text = sentence;
  if (dateSpan) {
    const before = text.slice(0, dateSpan.start);
    const adverbial = /(\s)(op|per|d\.d\.|rond|omstreeks|sinds|vanaf)\s*$/iu.exec(before);
    if (adverbial && before.slice(0, adverbial.index).trim() !== '') text = `${before.slice(0, adverbial.index)} ${text.slice(dateSpan.end)}`;
  }
  text = text.replace(/\s+/g, ' ').replace(/^[\s,;:–-]+/, '').replace(/[\s.;:,]+$/, '').trim();
  if (text.length > MAX_TITLE) {
    const cut = text.slice(0, MAX_TITLE);
    text = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_TITLE / 2)).trimEnd()}…`;
  }
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

/** True when `at` begins a line (only white space before it on its line) with a capital or digit. */
function startsLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(lineStart, at).trim() === '' && /[\p{Lu}\p{N}]/u.test(text.charAt(at));
}

/**
 * The proposal for an event from `[start, end)` of a page: the date from
 * the passage (or else its sentence, or else the document's own date,
 * `referenceDate`), actors known by name or alias in the sentence, a title
 * from the sentence, a type from its words.
 */
export function proposeEvent(pageText: string, start: number, end: number, context: { referenceDate?: string; actors: readonly Actor[] }): EventProposal {
  const sentence = sentenceAround(pageText, start, end);
  const from = Math.min(start, sentence.start);
  const to = Math.max(end, sentence.end);
  const scope = pageText.slice(from, to);
  let mentions: DateMention[] = [];
  try {
    mentions = extractDates(scope, context.referenceDate ? { referenceDate: context.referenceDate } : {});
  } catch {
    // A document date that is not YYYY-MM-DD: read the text without one.
    mentions = extractDates(scope);
  }
  const dated = usable(mentions);
  const inPassage = dated.filter((mention) => mention.start + from >= start && mention.end + from <= end);
  const chosen = inPassage[0] ?? dated[0];
  // The title comes from the sentence the passage starts in, or from the passage itself when it starts a line
  // with a capital: extracted text has headings on their own line without a full stop.
  const around = sentenceAround(pageText, start, start + 1);
  const first = startsLine(pageText, start) ? { start, end: around.end } : around;
  const titleSentence = pageText.slice(first.start, first.end);
  const dateInTitle = chosen && chosen.start + from >= first.start && chosen.end + from <= first.end ? { start: chosen.start + from - first.start, end: chosen.end + from - first.start } : undefined;
  const documentDay = context.referenceDate ? parseCivilDay(context.referenceDate.slice(0, 10)) : undefined;
  return {
    date: chosen?.value ?? (documentDay ? { kind: 'day', ...documentDay } : null),
    dateSource: chosen ? (inPassage.length > 0 ? 'passage' : 'sentence') : documentDay ? 'document' : 'none',
    dateText: chosen?.text ?? null,
    otherDates: dated.filter((mention) => mention !== chosen).map((mention) => ({ text: mention.text, value: mention.value })),
    title: titleFrom(titleSentence, dateInTitle),
    actorIds: actorsMentioned(scope, context.actors).map((actor) => actor.id),
    type: guessEventType(scope),
  };
}
