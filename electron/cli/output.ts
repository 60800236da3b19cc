import { toErrorInfo, type ErrorInfo } from '../../shared/errors';
import { describeError } from '../../shared/i18n';
import type { Language } from '../../shared/model/settings';
import { visibleJson, writeText } from './terminal';

/** CLI language: SPOOR_LANG, else a Dutch LANG, else English. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const wanted = env['SPOOR_LANG'] ?? env['LANG'] ?? '';
  return wanted.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** JSON on stdout; on a terminal, characters it would act on are written as \u escapes (the same JSON value). */
export function printJson(value: unknown): void {
  const json = `${JSON.stringify(value, null, 2)}\n`;
  process.stdout.write(process.stdout.isTTY ? visibleJson(json) : json);
}

export function describe(error: ErrorInfo): string {
  return describeError(cliLanguage(), error);
}

/** Exit codes: 0 success, 1 the work failed (a file, a case), 2 the command was used wrongly. */
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Reports an error the way a script can rely on: a JSON object on stdout with --json, a sentence on stderr otherwise. */
export function reportError(error: unknown, json: boolean): void {
  const info = toErrorInfo(error);
  if (json) printJson({ error: info });
  else writeText(`spoor: ${describe(info)}\n`, process.stderr);
}
