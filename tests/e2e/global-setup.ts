import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFixtures } from '../../fixtures/generate';

const rendererIndex = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer/index.html');

export default async function globalSetup(): Promise<void> {
  if (!fs.existsSync(rendererIndex)) {
    throw new Error('The renderer is not built: run `npm run build:renderer` (npm test does this) before the e2e suite.');
  }
  await generateFixtures();
}
