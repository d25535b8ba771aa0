/**
 * Talking to a sandbox from Node. Node's resolver does not map `*.localhost` to loopback (browsers do), so every
 * request goes to 127.0.0.1 with the site's name in the Host header. Redirects are not followed: tests assert them.
 */
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import type { RunningSandbox, SiteRole } from '../../../sandbox/server.ts';
import type { StateSnapshot } from '../../../sandbox/state/state-snapshot.ts';

export interface SandboxResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The Location header, resolved against the request URL. */
  location: URL | undefined;
  json<T = unknown>(): T;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Sends the body as a form (`application/x-www-form-urlencoded`). */
  form?: Record<string, string> | URLSearchParams;
  /** Sends the body as JSON. */
  json?: unknown;
}

/** `url` is absolute (e.g. a Location header) or a path on the given site. */
export function send(sandbox: RunningSandbox, url: string | URL, options: RequestOptions = {}, role: SiteRole = 'kartra-app'): Promise<SandboxResponse> {
  const target = new URL(url, sandbox.origin(role));
  const headers: Record<string, string> = { ...options.headers };
  let body = options.body;
  if (options.form) {
    body = new URLSearchParams(options.form).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] = 'application/json';
  }
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: sandbox.port,
        method: options.method ?? (body === undefined ? 'GET' : 'POST'),
        path: target.pathname + target.search,
        headers: { host: target.host, ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text,
            location: res.headers.location ? new URL(res.headers.location, target) : undefined,
            json: <T>() => JSON.parse(text) as T,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export const get = (sandbox: RunningSandbox, role: SiteRole, path: string) => send(sandbox, path, {}, role);

export async function readState(sandbox: RunningSandbox): Promise<StateSnapshot> {
  return (await send(sandbox, '/__sandbox/state')).json<StateSnapshot>();
}

export async function setScenario(sandbox: RunningSandbox, patch: Record<string, unknown>): Promise<SandboxResponse> {
  const response = await send(sandbox, '/__sandbox/scenario', { json: patch });
  if (response.status !== 200) throw new Error(`scenario refused: ${response.body}`);
  return response;
}

/** An http.Agent that resolves every host name to loopback, for clients (like the `stripe` package) that dial by name. */
export function loopbackAgent(): Agent {
  return new Agent({
    lookup: (_hostname, options, callback) => {
      if ((options as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
      else callback(null, '127.0.0.1', 4);
    },
  });
}
