/**
 * The Dutch analyzer: how text becomes index terms, for passages and queries
 * alike. It is a lunr pipeline — lunr-languages' Dutch stop word filter and
 * Snowball stemmer — behind Spoor's own tokenizer:
 *
 *   "Belastingdiënst, 5.1.2e"  →  tokens  belastingdienst | 5.1.2e
 *                                  (with their character ranges in the text)
 *   token "signalen"           →  term    signal  (stemmed; "signaal" → signal too)
 *   token "een" / "één"        →  no term (a stop word after folding)
 *
 * The index builder (shard.ts) hands the same tokenizer and pipeline to
 * lunr.Builder, and queries run their words through the same pipeline here
 * (termOf), so index and query terms cannot drift apart.
 *
 * Spoor's choices on top of lunr-languages:
 * - Folding (lower case, diacritics removed) happens in the tokenizer,
 *   before the stop list and the stemmer, so `één` = `een`.
 * - No lunr-languages trimmer: it strips digits and dots, which would lose
 *   refusal grounds (`5.1.2e`), years and file numbers; the tokenizer
 *   already yields clean words. For the same reason words with a digit are
 *   not stemmed.
 * - The stemmer is memoised per distinct word (a corpus repeats the same
 *   words endlessly; measured 3× faster indexing).
 */
import lunr from 'lunr';
import { fold, tokenize } from './text';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import dutch from 'lunr-languages/lunr.nl.js';

stemmerSupport(lunr);
dutch(lunr);

const nl = (lunr as unknown as { nl: { stemmer: (token: lunr.Token) => lunr.Token; stopWordFilter: lunr.PipelineFunction } }).nl;
const HAS_DIGIT = /\p{N}/u;

export { fold, tokenize };

/** Bump when tokenizing, folding or stemming changes: persisted indexes are rebuilt. */
export const ANALYZER_VERSION = 1;

const MAX_MEMO = 500_000;
const stems = new Map<string, string>();

function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem !== undefined) return stem;
  const stemmed = HAS_DIGIT.test(word) ? word : nl.stemmer(new lunr.Token(word, {})).toString();
  stem = stemmed || word;
  if (stems.size >= MAX_MEMO) stems.clear();
  stems.set(word, stem);
  return stem;
}

/** lunr pipeline function: lunr-languages' Dutch Snowball stemmer, memoised, leaving words with digits whole. */
const dutchStemmer: lunr.PipelineFunction = (token) => token.update((word) => stemOf(word));
lunr.Pipeline.registerFunction(dutchStemmer, 'spoorStemmer-nl');

/** The pipeline every token goes through: Dutch stop words out, then the stemmer. */
const DUTCH_PIPELINE: lunr.PipelineFunction[] = [nl.stopWordFilter, dutchStemmer];

/** lunr tokenizer: Spoor's folded words as lunr tokens (lunr's own splits `5.1.2e` and keeps accents). */
function lunrTokenizer(text: unknown): lunr.Token[] {
  return tokenize(typeof text === 'string' ? text : '').map((token) => new lunr.Token(token.surface, {}));
}

/** Gives a lunr.Builder Spoor's tokenizer and Dutch pipeline: its terms are then exactly termOf's. */
export function useDutchAnalysis(builder: lunr.Builder): void {
  builder.tokenizer = lunrTokenizer as unknown as typeof lunr.tokenizer;
  builder.pipeline.reset();
  builder.pipeline.add(...DUTCH_PIPELINE);
}

const queryPipeline = new lunr.Pipeline();
queryPipeline.add(...DUTCH_PIPELINE);
const terms = new Map<string, string | null>();

/** The index term of a folded word (the pipeline's output for it), or null for a stop word. Memoised. */
export function termOf(surface: string): string | null {
  let term = terms.get(surface);
  if (term !== undefined) return term;
  term = queryPipeline.runString(surface)[0] ?? null;
  if (terms.size >= MAX_MEMO) terms.clear();
  terms.set(surface, term);
  return term;
}

/** Index terms of a text, in order, stop words left out. */
export function termsOf(text: string): string[] {
  const found: string[] = [];
  for (const token of tokenize(text)) {
    const term = termOf(token.surface);
    if (term !== null) found.push(term);
  }
  return found;
}
