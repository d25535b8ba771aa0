/**
 * The front door: sandbox controls on every host, then one handler per fake site, chosen by the Host header.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleControlRequest } from './control/control-routes.ts';
import { servedSiteOfHost, siteOfHost } from './hosts.ts';
import { sendText } from './http/respond.ts';
import { handleKartraRequest } from './kartra/kartra-routes.ts';
import type { SandboxContext } from './sandbox-context.ts';
import { handleApiRequest } from './stripe/api-routes.ts';
import { handleConnectRequest } from './stripe/connect-routes.ts';
import { handleDashboardRequest } from './stripe/dashboard-routes.ts';

export async function routeRequest(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const site = siteOfHost(req.headers.host);
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  if (url.pathname === '/__sandbox' || url.pathname.startsWith('/__sandbox/')) {
    return handleControlRequest(ctx, req, res, url, site === 'kartra-app');
  }
  switch (servedSiteOfHost(req.headers.host)) {
    case 'kartra-app':
      return handleKartraRequest(ctx, req, res, url);
    case 'stripe-connect':
      return handleConnectRequest(ctx, req, res, url);
    case 'stripe-dashboard':
      return handleDashboardRequest(ctx, req, res, url);
    case 'stripe-api':
      return handleApiRequest(req, res, url);
    case undefined:
      return sendText(
        res,
        404,
        `Sandbox: no site is served for host "${req.headers.host ?? ''}". Open one of these instead (any *.localhost name reaches this server):\n\n${Object.entries(ctx.origins)
          .map(([role, origin]) => `  ${role.padEnd(17)} ${origin}/`)
          .join('\n')}\n  control panel     ${ctx.origins['kartra-app']}/__sandbox\n`,
      );
  }
}
