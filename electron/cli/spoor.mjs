#!/usr/bin/env node
// The `spoor` command. Runs the TypeScript sources through tsx, so the CLI
// needs no build step and always matches the code beside it.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
