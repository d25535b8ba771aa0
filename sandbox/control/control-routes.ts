/**
 * The sandbox's own controls, answered on every host (tests talk to whichever they like):
 *   GET  /__sandbox/state     → the state snapshot (JSON)
 *   POST /__sandbox/scenario  → merge a scenario patch (JSON body, or the control panel's form)
 *   POST /__sandbox/reset     → back to the default scenario and a fresh state
 * and, on the Kartra host only, GET /__sandbox: the control panel.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isFormPost, readBody, readForm, redirect, sendHtml, sendJson, sendText } from '../http/respond.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { applyScenarioPatch, createSandboxState } from '../state/sandbox-state.ts';
import { parseScenarioJson, parseScenarioParams, type ParsedPatch } from '../state/scenario.ts';
import { stateSnapshot } from '../state/state-snapshot.ts';
import { controlPanelPage } from './control-panel-page.ts';

const CORS = { 'access-control-allow-origin': '*' };

export async function handleControlRequest(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL, isKartraHost: boolean): Promise<void> {
  const route = `${req.method} ${url.pathname.replace(/\/$/, '')}`;
  switch (route) {
    case 'GET /__sandbox':
      if (!isKartraHost) return sendText(res, 404, 'The control panel lives on the Kartra host: /__sandbox on app.kartra.localhost.');
      return sendHtml(res, 200, controlPanelPage(ctx, url.searchParams.get('saved') === '1'));
    case 'GET /__sandbox/state':
      return sendJson(res, 200, stateSnapshot(ctx), CORS);
    case 'GET /__sandbox/scenario':
      return sendJson(res, 200, ctx.state.scenario, CORS);
    case 'POST /__sandbox/scenario':
      return updateScenario(ctx, req, res);
    case 'POST /__sandbox/reset':
      ctx.state = createSandboxState();
      if (isFormPost(req)) return redirect(res, '/__sandbox?saved=1', 303);
      return sendJson(res, 200, stateSnapshot(ctx), CORS);
    case 'OPTIONS /__sandbox/scenario':
    case 'OPTIONS /__sandbox/reset':
    case 'OPTIONS /__sandbox/state':
      res.writeHead(204, { ...CORS, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'content-type' });
      return void res.end();
    default:
      return sendText(res, 404, 'Sandbox controls: GET /__sandbox/state, POST /__sandbox/scenario, POST /__sandbox/reset, GET /__sandbox (panel, Kartra host).');
  }
}

async function updateScenario(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const fromForm = isFormPost(req);
  let parsed: ParsedPatch;
  if (fromForm) {
    parsed = parseScenarioParams(await readForm(req));
  } else {
    try {
      parsed = parseScenarioJson(JSON.parse((await readBody(req)) || '{}'));
    } catch {
      return sendJson(res, 400, { errors: ['the body is not valid JSON'] }, CORS);
    }
  }
  if (parsed.errors.length > 0) {
    return fromForm ? sendText(res, 400, parsed.errors.join('\n')) : sendJson(res, 400, { errors: parsed.errors }, CORS);
  }
  applyScenarioPatch(ctx.state, parsed.patch);
  if (fromForm) return redirect(res, '/__sandbox?saved=1', 303);
  sendJson(res, 200, stateSnapshot(ctx), CORS);
}
