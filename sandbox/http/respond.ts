/**
 * The few ways the sandbox answers a request. Every page is utf-8 and never cached, so a test that changes the
 * scenario and reloads always sees the new state.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SafeHtml } from './html.ts';

const NO_CACHE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/**
 * A strict page policy, as security-minded apps send: no inline script or style anywhere. The Kartra pages are served
 * with it so every e2e run checks that our content script and its overlays work under a strict page CSP (docs/quality.md).
 */
export const STRICT_PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function sendHtml(res: ServerResponse, status: number, page: SafeHtml, headers: Record<string, string> = {}): void {
  send(res, status, 'text/html; charset=utf-8', page.html, headers);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...NO_CACHE, 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body, null, 2));
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  send(res, status, 'text/plain; charset=utf-8', text);
}

export function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...NO_CACHE, 'content-type': contentType, ...headers });
  res.end(body);
}

/** 302 by default, like most apps; 303 after a form POST so the browser follows with a GET. */
export function redirect(res: ServerResponse, location: string, status: 302 | 303 = 302): void {
  res.writeHead(status, { ...NO_CACHE, location });
  res.end();
}

const MAX_BODY_BYTES = 1_000_000;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A form POST (`application/x-www-form-urlencoded`) as URLSearchParams. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readBody(req));
}

export function isFormPost(req: IncomingMessage): boolean {
  return (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
}
