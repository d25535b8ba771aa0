/**
 * Files both Stripe hosts serve: the stylesheet, the favicon and the small browser scripts in ./client/ (with the
 * generated class-names.js they import).
 */
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { sendBrowserScript } from '../http/browser-scripts.ts';
import { stripeClass } from '../http/class-names.ts';
import { send } from '../http/respond.ts';
import { STRIPE_FAVICON_SVG } from './stripe-page.ts';
import { buildStripeStylesheet } from './stripe-styles.ts';

const CLIENT_DIRECTORY = fileURLToPath(new URL('./client/', import.meta.url));
const STYLESHEET = buildStripeStylesheet();

export async function sendStripeStatic(res: ServerResponse, path: string): Promise<void> {
  if (path === '/static/stripe.css') return send(res, 200, 'text/css; charset=utf-8', STYLESHEET.css);
  if (path === '/static/favicon.svg') return send(res, 200, 'image/svg+xml', STRIPE_FAVICON_SVG);
  return sendBrowserScript(res, CLIENT_DIRECTORY, path.slice('/static/'.length), { namer: stripeClass, names: STYLESHEET.names });
}
