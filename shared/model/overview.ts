import { z } from 'zod';
import { CodeId, CodeLabel, Color } from './coding';
import { DocumentId } from './document';

/** A calendar month, `YYYY-MM`. */
export const MonthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'is not a month (YYYY-MM)');
export type MonthKey = z.infer<typeof MonthKey>;

const Count = z.number().int().nonnegative();

/** A document as the overview counts it: its date as the document bears it and the month that puts it in (null: undated). */
export const OverviewDocument = z.strictObject({
  id: DocumentId,
  title: z.string(),
  date: z.string().optional(),
  month: MonthKey.nullable(),
});
export type OverviewDocument = z.infer<typeof OverviewDocument>;

export const MonthCount = z.strictObject({ month: MonthKey, count: Count });
export type MonthCount = z.infer<typeof MonthCount>;

/**
 * Documents per month: every month from the first to the last dated
 * document (empty months included, so gaps show), and the undated ones
 * counted apart, never dropped.
 */
export const DocumentsPerMonth = z.strictObject({
  /** In date order, undated last. */
  documents: z.array(OverviewDocument),
  months: z.array(MonthCount),
  undated: Count,
});
export type DocumentsPerMonth = z.infer<typeof DocumentsPerMonth>;

/** One row of a heat map: a document and its count per column (codes or grounds); columns without any are left out. */
export const HeatRow = z.strictObject({
  documentId: DocumentId,
  title: z.string(),
  counts: z.record(z.string(), z.number().int().positive()),
});
export type HeatRow = z.infer<typeof HeatRow>;

/** Coded passages per code per document: how many passages of the document carry the code. */
export const CodesPerDocument = z.strictObject({
  /** The codes used, in codebook order. */
  codes: z.array(z.strictObject({ id: CodeId, label: CodeLabel, color: Color })),
  rows: z.array(HeatRow),
});
export type CodesPerDocument = z.infer<typeof CodesPerDocument>;

/** Refusal-ground markers per ground per document. */
export const GroundsPerDocument = z.strictObject({
  /** The grounds found, in the order of the law. */
  grounds: z.array(z.string()),
  rows: z.array(HeatRow),
});
export type GroundsPerDocument = z.infer<typeof GroundsPerDocument>;

/**
 * Chronology events per month. Every event counts once, in the month where it
 * sorts (see shared/overview/events.ts); `uncertain` of them have a date that
 * reaches beyond that month (a quarter, "ca.", "vóór …").
 */
export const EventMonth = z.strictObject({ month: MonthKey, count: Count, uncertain: Count });
export type EventMonth = z.infer<typeof EventMonth>;

export const EventsOverTime = z.strictObject({ months: z.array(EventMonth), total: Count });
export type EventsOverTime = z.infer<typeof EventsOverTime>;

/** What `overview:get` gives: the four charts of the Overview tab. */
export const Overview = z.strictObject({
  documents: DocumentsPerMonth,
  codes: CodesPerDocument,
  grounds: GroundsPerDocument,
  events: EventsOverTime,
});
export type Overview = z.infer<typeof Overview>;

/** Where a refusal ground is marked in a document: each marker's page and offsets in the page text. */
export const GroundHit = z.strictObject({ page: z.number().int().positive(), start: z.number().int().nonnegative(), end: z.number().int().positive() });
export type GroundHit = z.infer<typeof GroundHit>;
