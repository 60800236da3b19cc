import { WooReport } from '../model/woo';
import { NoInput } from './common';
import { call } from './define';

export const wooCalls = {
  /** Refusal grounds per document and page, inventories, bundle parts and the reconciliation of each release. */
  'woo:report': call(NoInput, WooReport),
};
