/**
 * The document frame of every Stripe page, plus the bits of brand both Stripe sites share.
 */
import { stripeClass as s } from '../http/class-names.ts';
import { html, trusted, type SafeHtml } from '../http/html.ts';

export function stripePage(title: string, body: SafeHtml, scripts: readonly string[] = []): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/stripe.css">
${scripts.map((src) => html`<script type="module" src="${src}"></script>`)}
</head>
<body>
${body}
</body>
</html>`;
}

/** The lowercase "stripe" wordmark, drawn as text (no brand asset copied). */
export function stripeWordmark(): SafeHtml {
  return trusted(
    `<svg class="${s('wordmark')}" width="62" height="26" viewBox="0 0 62 26" role="img" aria-label="Stripe"><text x="0" y="21" font-family="-apple-system,BlinkMacSystemFont,Segoe UI,Helvetica,Arial,sans-serif" font-size="24" font-weight="700" letter-spacing="-0.8" fill="#635bff">stripe</text></svg>`,
  );
}

/** A small coloured square with the account's initial, as Stripe shows next to account names. */
export function accountAvatar(name: string): SafeHtml {
  const colors = ['#635bff', '#0a7cff', '#00a67e', '#e5668b', '#f5a623', '#8d7ffa'];
  const color = colors[[...name].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % colors.length];
  return html`<span class="${s('accountAvatar')}" style="background:${color}" aria-hidden="true">${name.charAt(0)}</span>`;
}

export const STRIPE_FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#635bff"/><path d="M15 12.6c0-.9.8-1.3 2-1.3 1.8 0 4 .6 5.8 1.5V7.5A15 15 0 0 0 17 6.4c-4.7 0-7.9 2.5-7.9 6.6 0 6.4 8.9 5.4 8.9 8.2 0 1.1-.9 1.4-2.2 1.4-1.9 0-4.4-.8-6.4-1.9v5.4c2.2.9 4.4 1.3 6.4 1.3 4.9 0 8.2-2.4 8.2-6.6 0-6.9-9-5.7-9-8.2z" fill="#fff"/></svg>';
