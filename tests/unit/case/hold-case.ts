// Test helper process: opens a case (taking its lock) and holds it until killed.
import { CaseStore } from '../../../electron/core/case/case-store';

const store = await CaseStore.open(process.argv[2] ?? '', { holder: 'hold-case test' });
process.stdout.write(`HOLDING ${store.root}\n`);
setInterval(() => undefined, 60_000);
