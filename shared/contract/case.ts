import { z } from 'zod';
import { CaseName, CaseSummary } from '../model/case';
import { RecentCase } from '../model/settings';
import { Done, NoInput } from './common';
import { call } from './define';

export const CasePathInput = z.strictObject({ path: z.string().min(1).max(4096) });

export const RecentCaseView = RecentCase.extend({ available: z.boolean() });
export type RecentCaseView = z.infer<typeof RecentCaseView>;

export const caseCalls = {
  /** Creates `<name>.spoor` in the cases folder and opens it. */
  'case:create': call(z.strictObject({ name: CaseName }), CaseSummary),
  'case:open': call(CasePathInput, CaseSummary),
  /** Native folder dialog (Electron only); null when the user cancels. */
  'case:choose': call(NoInput, CaseSummary.nullable()),
  'case:close': call(NoInput, Done),
  'case:current': call(NoInput, CaseSummary.nullable()),
  'case:recent': call(NoInput, z.array(RecentCaseView)),
};
