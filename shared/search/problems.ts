import { translate, type MessageKey } from '../i18n';
import type { Language } from '../model/settings';
import type { QueryProblem } from './query';

/** A query problem as a sentence, with where it is (1-based, as people count). */
export function describeQueryProblem(language: Language, problem: QueryProblem): string {
  const sentence = translate(language, `search.problem.${problem.kind}` as MessageKey, { value: problem.value ?? '' });
  return problem.kind === 'empty' || problem.kind === 'onlyExclusions' ? sentence : `${sentence} ${translate(language, 'search.problem.at', { position: problem.position + 1 })}`;
}
