/**
 * Dutch date extraction: every date in a text as it is actually written,
 * with its span, precision and normalised FuzzyDate. Pure and isomorphic.
 *
 * Pipeline: tokens.ts (text to tokens) → day-forms.ts and period-forms.ts
 * (single dates as written) → chains.ts (modifiers, ranges, lists) →
 * resolve.ts (years and months left out) → mentions.ts (values and spans).
 */
export { extractDates, parseDateExpression, type DateExtractionOptions } from './extract';
export { DateMention, DateNote, DateSource } from './mention';
