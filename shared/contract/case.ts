import { z } from 'zod';
import { CaseName, CaseSummary } from '../model/case';
import { RecentCase } from '../model/settings';
import { Done, NoInput } from './common';
import { call } from './define';

export const CasePathInput = z.strictObject({ path: z.string().min(1).max(4096) });

/** Opening a case: `takeOver` replaces another window's or process's lock (after the person confirmed); `readOnly` opens without it. */
export const CaseOpenInput = CasePathInput.extend({ takeOver: z.boolean().optional(), readOnly: z.boolean().optional() });

export const RecentCaseView = RecentCase.extend({ available: z.boolean() });
export type RecentCaseView = z.infer<typeof RecentCaseView>;

export const caseCalls = {
  /** Creates `<name>.spoor` in the cases folder and opens it. */
  'case:create': call(z.strictObject({ name: CaseName }), CaseSummary),
  'case:open': call(CaseOpenInput, CaseSummary),
  /** Opens the demo case ("Voorbeeldzaak") in the cases folder, building it first when it is absent or damaged; import progress events while it builds. */
  'case:openDemo': call(NoInput, CaseSummary),
  /** Native folder dialog (Electron only); null when the user cancels. */
  'case:choose': call(NoInput, CaseSummary.nullable()),
  'case:close': call(NoInput, Done),
  'case:current': call(NoInput, CaseSummary.nullable()),
  'case:recent': call(NoInput, z.array(RecentCaseView)),
};
