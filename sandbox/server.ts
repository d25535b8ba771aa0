/**
 * The sandbox: local stand-ins for Kartra's Settings > Integrations and Stripe's Connect, dashboard and API, served
 * by one HTTP server on loopback that tells the sites apart by Host header. Each call to `startSandbox` is a separate
 * world (its own scenario, logins and codes), so test files can run their own instances side by side.
 *
 *   node sandbox/server.ts            # port 8790, or SANDBOX_PORT
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SiteRole } from '../lib/origins.ts';
import { sandboxOrigins } from './hosts.ts';
import { sendText } from './http/respond.ts';
import { routeRequest } from './route-request.ts';
import type { SandboxContext } from './sandbox-context.ts';
import { createSandboxState } from './state/sandbox-state.ts';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Interface to listen on; loopback by default. */
  host?: string;
}

export interface RunningSandbox {
  port: number;
  /** e.g. origin('kartra-app') → `http://app.kartra.localhost:PORT` */
  origin(role: SiteRole): string;
  close(): Promise<void>;
}

export type { SiteRole };

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const context: { current?: SandboxContext } = {};
  const server = createServer((req, res) => {
    const ctx = context.current;
    if (!ctx) return sendText(res, 503, 'Sandbox is starting');
    routeRequest(ctx, req, res).catch((error: unknown) => {
      console.error('[sandbox]', req.method, req.headers.host, req.url, error);
      if (!res.headersSent) sendText(res, 500, `Sandbox error: ${error instanceof Error ? error.message : String(error)}`);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origins = sandboxOrigins(port);
  context.current = { state: createSandboxState(), origins };

  return {
    port,
    origin: (role) => origins[role],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}

if (import.meta.main) {
  const port = Number(process.env.SANDBOX_PORT ?? 8790);
  const sandbox = await startSandbox({ port });
  console.log(`Sandbox running on 127.0.0.1:${sandbox.port}
  Kartra › Integrations  ${sandbox.origin('kartra-app')}/integrations
  Control panel          ${sandbox.origin('kartra-app')}/__sandbox
  Stripe Connect         ${sandbox.origin('stripe-connect')}/oauth/authorize  (reached through Kartra's Connect with Stripe)
  Stripe dashboard       ${sandbox.origin('stripe-dashboard')}/
  Stripe API             ${sandbox.origin('stripe-api')}/v1/account
  State (JSON)           ${sandbox.origin('kartra-app')}/__sandbox/state
Press Ctrl+C to stop.`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
