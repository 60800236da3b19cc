import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers';

const eslint = new ESLint({ cwd: projectRoot, overrideConfigFile: path.join(projectRoot, 'tests/lint/eslint.config.js') });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(projectRoot, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parse');
}

describe('the layer rule', () => {
  const wrong: Array<[string, string, string]> = [
    ['shared/x.ts', "import { CaseService } from '../electron/core/service/case-service';\nexport { CaseService };", 'import-x/no-restricted-paths'],
    ['shared/x.ts', "import fs from 'node:fs';\nexport { fs };", 'no-restricted-imports'],
    ['shared/x.ts', "import path from 'path';\nexport { path };", 'no-restricted-imports'],
    ['renderer/x.ts', "import { startHost } from '../electron/host/server';\nexport { startHost };", 'import-x/no-restricted-paths'],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport { ipcRenderer };", 'no-restricted-imports'],
    ['electron/core/x.ts', "import { app } from 'electron';\nexport { app };", 'no-restricted-imports'],
    ['electron/core/x.ts', "import { bindContract } from '../main/ipc';\nexport { bindContract };", 'import-x/no-restricted-paths'],
    ['electron/host/x.ts', "import { startApp } from '../main/app';\nexport { startApp };", 'import-x/no-restricted-paths'],
    ['electron/preload/x.ts', "import { CaseService } from '../core/service/case-service';\nexport { CaseService };", 'import-x/no-restricted-paths'],
    ['renderer/x.tsx', 'export const X = (props: { html: string }) => <div dangerouslySetInnerHTML={{ __html: props.html }} />;', 'no-restricted-syntax'],
  ];

  it.each(wrong)('fails %s importing across layers (%#)', async (file, code, rule) => {
    expect(await ruleIds(file, code)).toContain(rule);
  });

  const right: Array<[string, string]> = [
    ['renderer/x.ts', "import { contract } from '../shared/contract';\nexport { contract };"],
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { CaseService } from '../core/service/case-service';\nexport { app, CaseService };"],
    ['electron/core/x.ts', "import fs from 'node:fs';\nimport { contract } from '../../shared/contract';\nexport { fs, contract };"],
  ];

  it.each(right)('allows %s (%#)', async (file, code) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });
});
