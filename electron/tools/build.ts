// `npm run build:electron`: bundles main, preload and workers into dist/electron.
import { buildElectron } from './build-electron';

await buildElectron();
console.log('Built dist/electron (main.mjs, preload.cjs, workers/).');
