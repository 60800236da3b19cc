import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface GuardVerdict {
  allowed: boolean;
  status: number;
  reason: string;
}

const ALLOW: GuardVerdict = { allowed: true, status: 200, reason: '' };

function deny(status: number, reason: string): GuardVerdict {
  return { allowed: false, status, reason };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Decides whether a request may reach the headless host at all. The host
 * listens on 127.0.0.1 only; on top of that:
 *  - the Host header must name this host and port (defeats DNS rebinding);
 *  - an Origin header, when present, must be this host's own origin
 *    (another site in the same browser cannot call us);
 *  - API calls must carry the per-launch token.
 */
export function checkRequest(headers: IncomingHttpHeaders, port: number, token: string, needsToken: boolean): GuardVerdict {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!headers.host || !allowedHosts.includes(headers.host)) return deny(421, 'unexpected Host header');
  const origin = headers.origin;
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) return deny(403, 'cross-origin request refused');
  if (!needsToken) return ALLOW;
  const authorization = headers.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(authorization);
  if (!match?.[1] || !sameSecret(match[1], token)) return deny(401, 'missing or wrong token');
  return ALLOW;
}
