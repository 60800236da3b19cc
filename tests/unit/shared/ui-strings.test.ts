import fs from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../shared/i18n';
import { projectRoot } from '../helpers';

/**
 * Language completeness: every message exists, non-empty, in Dutch and
 * English, and the renderer shows no text that bypasses the tables.
 */

/** Attributes a person reads or hears (screen readers), so they must be translated too. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);

/** Text that is the same in every language, on purpose. */
const ALLOWED_LITERALS = new Set([
  // Language names are written in their own language in a language switch.
  'Nederlands',
  'English',
  'Spoor',
  '· SHA-256',
  'Ctrl+E',
  // The fallback page in main.tsx, shown before the app (and its language setting) can load, says it in both.
  'Open Spoor via het adres dat `npm run serve` toont (met #token=…), of start de desktop-app met `npm start`.',
  'Open Spoor through the address `npm run serve` prints (with #token=…), or start the desktop app with `npm start`.',
]);

async function tsxFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return tsxFiles(full);
      return Promise.resolve(entry.name.endsWith('.tsx') ? [full] : []);
    }),
  );
  return nested.flat();
}

/** Hard-coded words in JSX text and in spoken attributes, as `file: text`. */
function untranslatedText(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const hasWords = (text: string) => /\p{L}{2,}/u.test(text);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText(file))) {
      const value = node.initializer;
      const literal = value && ts.isStringLiteral(value) ? value.text : value && ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression) ? value.expression.text : undefined;
      if (literal !== undefined && hasWords(literal)) found.push(literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found.filter((text) => !ALLOWED_LITERALS.has(text)).map((text) => `${path.relative(projectRoot, fileName)}: ${text}`);
}

describe('language completeness', () => {
  const { nl, en } = catalogs;

  it('has every message in both languages, none of them empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    const empty = Object.entries({ ...nl }).filter(([key, text]) => text.trim() === '' || en[key as keyof typeof en].trim() === '');
    expect(empty).toEqual([]);
  });

  it('finds hard-coded text in JSX and in attributes a screen reader speaks', () => {
    const source = `const A = () => <p title="Sluiten" aria-label={'Venster'}>Hallo wereld <b>{t('x')}</b> 12</p>;`;
    expect(untranslatedText(path.join(projectRoot, 'renderer/x.tsx'), source)).toEqual(['renderer/x.tsx: Sluiten', 'renderer/x.tsx: Venster', 'renderer/x.tsx: Hallo wereld']);
  });

  it('shows no text in the renderer that bypasses the message tables', async () => {
    const files = await tsxFiles(path.join(projectRoot, 'renderer'));
    expect(files.length).toBeGreaterThan(20);
    const found = (await Promise.all(files.map(async (file) => untranslatedText(file, await fs.readFile(file, 'utf8'))))).flat();
    expect(found).toEqual([]);
  });
});
