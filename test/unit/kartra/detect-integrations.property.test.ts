/**
 * Random integration pages (fast-check): a healthy Stripe tile is never reported as needing attention, whatever the
 * other tiles, decoys and junk around it; a clearly red Stripe tile is found; nothing ever throws; time stays bounded.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectIntegrations } from '../../../lib/kartra/detect-integrations.ts';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/site-profile.ts';
import { loadHtml } from './load-fixture.ts';
import { decisionText } from '../../../components/text/evidence.ts';

const OTHER_NAMES = ['PayPal', 'Mailchimp', 'Zapier', 'AWeber', 'Zoom', 'Drip', 'HubSpot', 'Twilio', 'Acme Sync', 'Kartra Pay'];
const RED = ['#e53935', 'rgb(220, 53, 69)', 'hsl(354 70% 54%)', '#c62828', 'rgb(220, 20, 60)', 'rgba(211, 47, 47, 0.9)'];
const GREEN = ['#43a047', 'rgb(25, 135, 84)', 'hsl(134 61% 41%)', 'rgb(0, 128, 0)', '#2e7d32'];
const GREY = ['#9e9e9e', 'rgb(108, 117, 125)', '#cccccc'];
// Text that mentions our words without being a status: descriptions, buttons, hidden leftovers.
const DECOY_TEXT = [
  'Connect your Stripe account to accept card payments on every page.',
  'No errors in the last 30 days',
  'If you see an error, reconnect and try again later today.',
  'Stripe and PayPal are both supported payment processors.',
  'Added Jan 5, 2024',
  'Payment',
];

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Look = 'dot-title' | 'badge-text' | 'svg-fill' | 'class-token' | 'plain-text' | 'none';
type State = 'connected' | 'not-configured' | 'needs-attention';

function indicator(state: State, look: Look, colourPick: number): string {
  const colour = (state === 'needs-attention' ? RED : state === 'connected' ? GREEN : GREY)[colourPick % 5] ?? GREY[0];
  const word = state === 'needs-attention' ? 'Needs attention' : state === 'connected' ? 'Connected' : 'Not configured';
  const token = state === 'needs-attention' ? 'is-error' : state === 'connected' ? 'is-success' : 'is-disabled';
  switch (look) {
    case 'dot-title':
      return `<span class="dot" title="${word}" style="display:inline-block;width:8px;height:8px;border-radius:50%;background-color:${colour}"></span>`;
    case 'badge-text':
      return `<span class="badge" style="background-color:${colour};color:#fff">${word}</span>`;
    case 'svg-fill':
      return `<svg width="10" height="10"><circle cx="5" cy="5" r="5" fill="${colour}"></circle></svg>`;
    case 'class-token':
      return `<span class="state ${token}"></span>`;
    case 'plain-text':
      return `<div class="state-text">${word}</div>`;
    case 'none':
      return '';
  }
}

const lookArb = fc.constantFrom<Look>('dot-title', 'badge-text', 'svg-fill', 'class-token', 'plain-text', 'none');
const calmStateArb = fc.constantFrom<State>('connected', 'not-configured');
const decoyArb = fc.constantFrom(
  '',
  ...DECOY_TEXT.map((t) => `<p class="desc">${escapeHtml(t)}</p>`),
  '<button type="button" style="background-color:#dc3545;color:#fff" class="btn btn-danger">Disconnect</button>',
  '<span hidden>Needs attention</span>',
  '<span style="display:none" class="error">Error</span>',
  '<button type="button" aria-label="More options">⋮</button>',
);

const tileArb = fc.record({
  name: fc.oneof(fc.constantFrom(...OTHER_NAMES), fc.stringMatching(/^[A-Z][a-z]{2,10}( [A-Z][a-z]{2,8})?$/)),
  state: fc.constantFrom<State>('connected', 'not-configured', 'needs-attention'),
  look: lookArb,
  colour: fc.nat(9),
  decoys: fc.array(decoyArb, { maxLength: 3 }),
});

const layoutArb = fc.constantFrom('grid', 'list', 'table');

function tileHtml(layout: string, name: string, inner: string): string {
  const title = `<h3 class="name">${escapeHtml(name)}</h3>`;
  if (layout === 'table') return `<tr class="row"><td>${title}</td><td>${inner}</td></tr>`;
  if (layout === 'list') return `<li class="row">${title}${inner}</li>`;
  return `<div class="card">${title}${inner}</div>`;
}

function pageHtml(layout: string, tiles: string[], junk: string): string {
  const open = layout === 'table' ? '<table><tbody>' : layout === 'list' ? '<ul class="rows">' : '<div class="grid">';
  const close = layout === 'table' ? '</tbody></table>' : layout === 'list' ? '</ul>' : '</div>';
  return `<header>${junk}</header><main>${open}${tiles.join('')}${close}</main><footer>${junk}</footer>`;
}

// Junk around the list: random nesting of our own words, colours and roles, but never a red Stripe tile.
const junkArb = fc
  .array(
    fc.record({
      tag: fc.constantFrom('div', 'span', 'p', 'section', 'aside', 'b'),
      text: fc.constantFrom('', 'Needs attention', 'Error', 'Reconnect', 'Stripe', 'PayPal', 'Connected', '⋮', 'Payment'),
      style: fc.constantFrom('', 'color:#e53935', 'background-color:#43a047', 'display:none'),
      role: fc.constantFrom('', 'alert', 'status', 'listitem', 'option'),
    }),
    { maxLength: 8 },
  )
  .map((parts) =>
    parts
      .map(({ tag, text, style, role }) => {
        // A visible red "Stripe" would be a real signal, not junk.
        const safeStyle = text === 'Stripe' && style.includes('e53935') ? '' : style;
        return `<${tag}${safeStyle ? ` style="${safeStyle}"` : ''}${role ? ` role="${role}"` : ''}>${escapeHtml(text)}</${tag}>`;
      })
      .join(''),
  );

async function run(html: string) {
  const page = loadHtml(html);
  try {
    const started = performance.now();
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    return { report, ms: performance.now() - started };
  } finally {
    await page.close();
  }
}

describe('random integration pages', () => {
  test('a healthy Stripe tile is never reported as needing attention', async () => {
    await fc.assert(
      fc.asyncProperty(
        layoutArb,
        fc.array(tileArb, { minLength: 1, maxLength: 8 }),
        calmStateArb,
        lookArb,
        fc.nat(9),
        fc.array(decoyArb, { maxLength: 3 }),
        fc.nat(8),
        junkArb,
        async (layout, others, state, look, colour, decoys, position, junk) => {
          const tiles = others.map((t) => tileHtml(layout, t.name, indicator(t.state, t.look, t.colour) + t.decoys.join('')));
          tiles.splice(position % (tiles.length + 1), 0, tileHtml(layout, 'Stripe', indicator(state, look, colour) + decoys.join('')));
          const { report, ms } = await run(pageHtml(layout, tiles, junk));
          const stripeTiles = report.integrations.filter((i) => i.isStripe);
          for (const tile of stripeTiles) expect(tile.status, decisionText(tile.decidedBy)).not.toBe('needs-attention');
          // Bounded time as a hang guard (a page of at most 9 tiles); real speed is measured by npm run bench.
          expect(ms).toBeLessThan(5_000);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  test('a clearly red Stripe tile is found among random tiles', async () => {
    await fc.assert(
      fc.asyncProperty(
        layoutArb,
        fc.array(tileArb, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<Look>('dot-title', 'badge-text', 'svg-fill', 'plain-text'),
        fc.nat(9),
        fc.nat(8),
        junkArb,
        async (layout, others, look, colour, position, junk) => {
          const tiles = others.map((t) => tileHtml(layout, t.name, indicator(t.state, t.look, t.colour) + t.decoys.join('')));
          tiles.splice(position % (tiles.length + 1), 0, tileHtml(layout, 'Stripe', indicator('needs-attention', look, colour)));
          const { report } = await run(pageHtml(layout, tiles, junk));
          expect(report.stripe?.ambiguous).toBe(false);
          const stripe = report.stripe?.ambiguous === false ? report.stripe.tile : undefined;
          expect(stripe?.status, stripe && decisionText(stripe.decidedBy)).toBe('needs-attention');
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  test('arbitrary markup never throws', async () => {
    const fragment = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('Stripe', 'PayPal', 'Needs attention', 'Connected', '⋮', 'Edit payment gateway', '<', '&', ''),
        fc.string({ maxLength: 20 }).map(escapeHtml),
        fc
          .record({
            tag: fc.constantFrom('div', 'span', 'li', 'ul', 'tr', 'td', 'table', 'svg', 'circle', 'button', 'form', 'input', 'template', 'select', 'option'),
            attrs: fc.array(
              fc.tuple(fc.constantFrom('class', 'title', 'aria-label', 'role', 'style', 'hidden', 'alt', 'fill', 'id', 'name'), fc.string({ maxLength: 24 })),
              { maxLength: 3 },
            ),
            children: fc.array(tie('node'), { maxLength: 4 }),
          })
          .map(({ tag, attrs, children }) => `<${tag} ${attrs.map(([k, v]) => `${k}="${escapeHtml(v)}"`).join(' ')}>${children.join('')}</${tag}>`),
      ),
    })).node;
    await fc.assert(
      fc.asyncProperty(fc.array(fragment, { maxLength: 6 }), async (parts) => {
        const { report } = await run(parts.join(''));
        expect(report.warnings.filter((w) => w.code === 'failed')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
