import { buildRawApi, unwrapApi, type Transport } from '../../shared/contract/api';
import { isEventName, type EventMessage } from '../../shared/contract/events';
import type { Envelope } from '../../shared/contract/envelope';
import { SpoorError } from '../../shared/errors';
import type { FileRef } from '../../shared/model/import';
import { fetchOriginalFrom } from './originals';
import type { Platform } from './platform';

const TOKEN_KEY = 'spoor.hostToken';

/**
 * The host prints a URL with `#token=…`. The token is moved out of the
 * address bar at once and kept for this tab only.
 */
export function takeHostToken(): string | undefined {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

function parseSseFrames(buffer: string, onMessage: (message: EventMessage) => void): string {
  const frames = buffer.split('\n\n');
  const rest = frames.pop() ?? '';
  for (const frame of frames) {
    const data = frame
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice(6))
      .join('\n');
    if (!data) continue;
    try {
      const message = JSON.parse(data) as EventMessage;
      if (isEventName(message.event)) onMessage(message);
    } catch {
      // A malformed frame is dropped; the next one is independent.
    }
  }
  return rest;
}

function httpTransport(token: string): Transport {
  const headers = { Authorization: `Bearer ${token}` };
  const listeners = new Set<(message: EventMessage) => void>();
  let streaming = false;

  async function stream(): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const response = await fetch('/api/events', { headers });
        if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
        attempt = 0;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer = parseSseFrames(buffer + value, (message) => listeners.forEach((listener) => listener(message)));
        }
      } catch {
        // The host restarted or the connection dropped: try again, backing off.
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** attempt)));
    }
  }

  return {
    async invoke(channel, input) {
      const response = await fetch(`/api/call/${channel}`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      if (!response.ok) {
        throw new SpoorError('internal', `The host refused ${channel}: HTTP ${response.status}`, { message: `HTTP ${response.status}` });
      }
      return (await response.json()) as Envelope;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!streaming) {
        streaming = true;
        void stream();
      }
      return () => listeners.delete(listener);
    },
  };
}

async function upload(token: string, file: File): Promise<FileRef> {
  const response = await fetch('/api/upload', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'X-File-Name': encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' },
    body: file,
  });
  const envelope = (await response.json()) as Envelope<FileRef>;
  if (!envelope.ok) throw SpoorError.fromInfo(envelope.error);
  return envelope.value;
}

export function hostPlatform(token: string): Platform {
  return {
    kind: 'host',
    api: unwrapApi(buildRawApi(httpTransport(token))),
    uploadFiles: async (files) => {
      const refs: FileRef[] = [];
      for (const file of files) refs.push(await upload(token, file));
      return refs;
    },
    fetchOriginal: fetchOriginalFrom('/api/originals/', { Authorization: `Bearer ${token}` }),
  };
}
