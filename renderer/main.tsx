// Must stay the first import: it configures zod before any schema is built.
import './app/csp-zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { PlatformContext } from './app/platform-context';
import { detectPlatform } from './platform';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
const platform = detectPlatform();

if (platform) {
  root.render(
    <StrictMode>
      <PlatformContext.Provider value={platform}>
        <App />
      </PlatformContext.Provider>
    </StrictMode>,
  );
} else {
  // Opened without the host's token (or outside Electron): nothing can work, say so plainly.
  root.render(
    <main className="no-platform">
      <h1>Spoor</h1>
      <p>Open Spoor via het adres dat `npm run serve` toont (met #token=…), of start de desktop-app met `npm start`.</p>
      <p lang="en">Open Spoor through the address `npm run serve` prints (with #token=…), or start the desktop app with `npm start`.</p>
    </main>,
  );
}
