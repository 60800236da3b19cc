import type { AuditProblem, IntegrityProblem, RecoveryNote } from '../model/integrity';
import type { Language } from '../model/settings';
import { translate, type MessageKey } from './index';

/** An audit log problem in words, without its line number. */
export function auditProblemText(language: Language, problem: Pick<AuditProblem, 'code' | 'params'>): string {
  return translate(language, `integrity.reason.${problem.code}` as MessageKey, problem.params);
}

/** What is wrong with a file of the integrity report, in words (an audit problem with its line). */
export function integrityDetail(language: Language, problem: Pick<IntegrityProblem, 'reason' | 'params'>): string {
  const text = translate(language, `integrity.reason.${problem.reason}` as MessageKey, problem.params);
  const line = problem.params['line'];
  return problem.reason.startsWith('audit') && line !== undefined ? translate(language, 'integrity.auditLine', { line, problem: text }) : text;
}

/** What opening a case repaired, in words. */
export function recoveryText(language: Language, note: Pick<RecoveryNote, 'code' | 'params'>): string {
  return translate(language, `recovery.${note.code}` as MessageKey, note.params);
}
