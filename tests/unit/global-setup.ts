import { generateFixtures } from '../../fixtures/generate';

/** Generates the repo's own fixtures once per run, before any test reads them. */
export default async function setup(): Promise<void> {
  await generateFixtures();
}
