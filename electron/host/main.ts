/**
 * `npm run serve`: starts the headless host and prints the address to open.
 *   --port N        listen on this port (default: a free one)
 *   --data-dir DIR  settings and uploads (default: ~/.local/share/spoor-host)
 *   --cases-dir DIR where new cases go (default: <data-dir>/cases)
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startHost } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    'cases-dir': { type: 'string' },
  },
});

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(values['data-dir'] ?? path.join(os.homedir(), '.local', 'share', 'spoor-host'));

const host = await startHost({
  dataDir,
  casesDir: values['cases-dir'] ? path.resolve(values['cases-dir']) : undefined,
  rendererDir: path.join(projectRoot, 'dist', 'renderer'),
  port: Number(values.port),
});

// The first line is machine-readable (the e2e fixture reads it); the rest is for people.
process.stdout.write(`SPOOR_HOST_URL=${host.url}\n`);
process.stdout.write(`Spoor draait op / is running at:\n  ${host.url}\nGegevens / data: ${dataDir}\nStop met / stop with Ctrl+C.\n`);

const stop = () => {
  host.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
