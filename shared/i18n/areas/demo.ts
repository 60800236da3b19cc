import { defineMessages } from '../define';

/** Messages of the demo case on the start screen. */
export const demoMessages = defineMessages(
  {
    'demo.heading': 'Nieuw in Spoor?',
    'demo.explanation': 'Open de voorbeeldzaak: gegenereerde stukken met gecodeerde passages, memo’s en een chronologie met signaalketen. Zo ziet u binnen een minuut wat Spoor kan.',
    'demo.open': 'Open voorbeeldzaak',
    'demo.building': 'De voorbeeldzaak wordt gemaakt…',
    'demo.progress': 'Stukken importeren: {percent}% ({file})',
  },
  {
    'demo.heading': 'New to Spoor?',
    'demo.explanation': 'Open the demo case: generated documents with coded passages, memos and a chronology with a signal chain. See what Spoor does within a minute.',
    'demo.open': 'Open demo case',
    'demo.building': 'Building the demo case…',
    'demo.progress': 'Importing documents: {percent}% ({file})',
  },
);
