import { z } from 'zod';
import { DocumentId } from '../model/document';
import { GroundHit, Overview } from '../model/overview';
import { NoInput } from './common';
import { call } from './define';

export const overviewCalls = {
  /** Documents per month, coded passages and refusal grounds per document, events per month: the Overview tab's charts. */
  'overview:get': call(NoInput, Overview),
  /** Every marker of one refusal ground in a document, so the reader can step through them. */
  'overview:groundHits': call(z.strictObject({ documentId: DocumentId, ground: z.string().min(1).max(40) }), z.array(GroundHit)),
};
