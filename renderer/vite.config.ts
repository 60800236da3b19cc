import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/renderer', import.meta.url));

/**
 * pdf.js loads some data at run time: the standard fonts (for PDFs that name
 * Helvetica, Times… without embedding them), character maps (CJK encodings)
 * and its image decoders (JPEG 2000, JBIG2). They are copied next to the UI so
 * that nothing is ever fetched from the network.
 */
function pdfjsAssets(): Plugin {
  return {
    name: 'spoor-pdfjs-assets',
    apply: 'build',
    async closeBundle() {
      for (const folder of ['standard_fonts', 'cmaps', 'wasm']) {
        await fs.cp(fileURLToPath(new URL(`../node_modules/pdfjs-dist/${folder}`, import.meta.url)), `${outDir}/pdfjs/${folder}`, { recursive: true });
      }
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), pdfjsAssets()],
  build: {
    outDir,
    emptyOutDir: true,
    // The CSP forbids inline scripts; Vite's preload polyfill would be one.
    modulePreload: { polyfill: false },
    sourcemap: true,
    target: 'chrome120',
  },
});
