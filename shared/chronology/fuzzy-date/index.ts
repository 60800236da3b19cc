/**
 * Fuzzy dates: the model (model.ts), what span of time each covers (span.ts),
 * their chronological order (order.ts) and their Dutch and English display
 * (format.ts). Calendar arithmetic without time zones lives in civil.ts.
 */
export * from './model';
export { APPROXIMATE_MARGIN, edgeDay, simpleSpan, sortKey, spanAsText, spanOf, type ClosedSpan, type Span } from './span';
export { compareFuzzyDates, sortChronologically } from './order';
export { formatFuzzyDate } from './format';
