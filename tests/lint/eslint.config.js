// ESLint configuration (flat config), kept under tests/ to leave the project's
// top level as the design fixes it. `npm run lint` points at it with --config.
//
// The layer rules are the point: folders map to runtimes, and an import that
// crosses a layer the wrong way fails `npm test`.
//   shared/        imports nothing of ours outside shared/, no Node built-ins, no electron
//   renderer/      imports shared/ only, no Node built-ins, no electron
//   electron/core  never imports electron, main, preload, host, cli or renderer
//   electron/*     only main and preload may import 'electron'
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https',
  'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'stream/promises', 'timers', 'tls', 'url', 'util',
  'v8', 'vm', 'worker_threads', 'zlib',
];
const BROWSER_LAYER = 'This layer also runs in the browser: no Node built-ins.';
const noNodePrefixed = [{ group: ['node:*'], message: BROWSER_LAYER }];
const noBareBuiltins = NODE_BUILTINS.map((name) => ({ name, message: BROWSER_LAYER }));
const noElectron = { name: 'electron', message: "Only electron/main and electron/preload may import 'electron'." };

export const layerZones = [
  { target: './shared', from: ['./electron', './renderer', './fixtures', './tests'], message: 'shared/ imports nothing of ours outside shared/.' },
  { target: './renderer', from: ['./electron', './fixtures', './tests'], message: 'renderer/ talks to the back end only through the contract in shared/.' },
  {
    target: './electron/core',
    from: ['./electron/main', './electron/preload', './electron/host', './electron/cli', './renderer'],
    message: 'electron/core is the back end: it is used by main, host and cli, never the other way round.',
  },
  { target: './electron/preload', from: ['./electron/core', './electron/main', './electron/host', './electron/cli', './renderer'], message: 'The preload is built from the contract in shared/ only.' },
  { target: './electron/main', from: ['./electron/host', './electron/cli', './renderer'], message: 'electron/main binds the contract to electron/core; it does not use the host or CLI.' },
  { target: './electron/host', from: ['./electron/main', './electron/cli', './renderer'], message: 'The headless host stands beside electron/main, not on it.' },
  { target: './electron/cli', from: ['./electron/main', './electron/host', './renderer'], message: 'The CLI calls electron/core directly.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'fixtures/out/**', 'test-results/**', 'playwright-report/**'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Untrusted document content must never be rendered as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML: imported documents are hostile.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never render HTML: imported documents are hostile.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never render HTML: imported documents are hostile.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never render HTML: imported documents are hostile.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['shared/**', 'renderer/**'],
    ignores: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron, ...noBareBuiltins], patterns: noNodePrefixed }] },
  },
  {
    files: ['electron/core/**', 'electron/host/**', 'electron/cli/**', 'electron/tools/**', 'fixtures/**', 'tests/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
);
