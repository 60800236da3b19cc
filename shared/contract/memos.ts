import { z } from 'zod';
import { Memo, MemoId, MemoTarget } from '../model/coding';
import { call } from './define';

export const MemoHit = z.strictObject({
  memo: Memo,
  /** What the memo is about, in words: a code's label, a document's title, a passage's quote. */
  about: z.string(),
  documentId: z.string().optional(),
  page: z.number().int().optional(),
});
export type MemoHit = z.infer<typeof MemoHit>;

export const memosCalls = {
  /** Memos on one target, or every memo of the case. */
  'memos:list': call(z.strictObject({ target: MemoTarget.optional() }), z.array(Memo)),
  'memos:add': call(z.strictObject({ target: MemoTarget, text: z.string().trim().min(1).max(100_000) }), Memo),
  'memos:update': call(z.strictObject({ id: MemoId, text: z.string().trim().min(1).max(100_000) }), Memo),
  'memos:delete': call(z.strictObject({ id: MemoId }), z.strictObject({ ok: z.literal(true) })),
  /** Memos whose text contains every word of the query (case- and accent-insensitive). */
  'memos:search': call(z.strictObject({ query: z.string().max(500) }), z.array(MemoHit)),
};
