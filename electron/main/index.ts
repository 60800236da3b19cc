// Entry point of the Electron main process (bundled to dist/electron/main.mjs).
import { startApp } from './app';

void startApp();
