/**
 * Issue 16's hostile-page gate, as data: one entry per hostile page. test/e2e/hostile-gate.e2e.ts runs every entry in
 * both browsers and checks the same invariants on each (0 canary leaks, 0 guide changes the agent did not make, 0
 * uncaught content-script errors, the verdict right or "cannot tell"). Add a fixture by adding an entry.
 *
 * Page code (`before`, `act`) runs in the page's main world, serialized: it may use only its arguments and the
 * `hostile` toolkit (page-toolkit.ts), never this module's scope.
 */
import './page-toolkit.ts';

/** Key-shaped canaries a page plants in every field we read. Their bodies must be found nowhere we keep, log or show. */
export const SECRET_CANARY = 'sk_live_51CnrySecretAbCdEfGhIjKlMnOpQrSt';
export const RESTRICTED_CANARY = 'rk_live_51CnryRestrictedAbCdEfGhIjKlMn';
export const CANARY_BODIES = ['CnrySecret', 'CnryRestricted'] as const;

/**
 * What the extension concluded about the page. `cannot-tell` is always an acceptable answer; `not-read` is for pages
 * the extension must leave alone (no report for the tab).
 */
export type Verdict = 'stripe-needs-attention' | 'stripe-fine' | 'no-stripe' | 'cannot-tell' | 'not-read';

export interface PageScript {
  // Serialized into the page: the arguments are whatever the function takes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fn: (...args: any[]) => unknown;
  args?: unknown[];
}

export interface HostileFixture {
  name: string;
  /** Which of issue 16's seven findings this replays, if any. */
  issueItem?: number;
  /**
   * Kartra's Integrations page (default), a host that only looks like Kartra's, or a Stripe page the agent goes on to
   * once the guide is started: the account picker, an authorize error page, the dashboard.
   */
  site?: 'kartra' | 'kartra-lookalike' | 'stripe-picker' | 'stripe-error' | 'stripe-dashboard';
  /** Path and query on the site (Kartra: default `/integrations`). */
  path?: string;
  scenario?: Record<string, unknown>;
  /**
   * What the agent did: only opened the page, started the guide (it then waits at "open the tile menu"), or went on
   * to open Kartra's Edit window with its own clicks.
   */
  agent: 'opens-page' | 'guide' | 'edit';
  /** The page's script that runs before its own (evaluateOnNewDocument). */
  before?: PageScript;
  /** What the page does by itself once its tiles are shown (untrusted: no input event of the agent's). */
  act?: PageScript;
  /** A tile name (as reported, redacted and clipped) that shows the extension has read the page since `act`. */
  seen?: string | RegExp;
  verdict: Verdict;
  /** Tile names that must not be taken for Stripe. */
  notStripe?: (string | RegExp)[];
  /** Our overlays after the act: still up, or hidden because the page tampered with them. */
  overlays?: 'up' | 'hidden' | 'none';
  /**
   * A product bug this fixture has found and that is not fixed yet: the runner then expects the fixture to fail
   * (`it.fails`), so the gate stays honest and flips to red the day the bug is fixed and the mark should go.
   */
  knownBug?: { browsers: ('chromium' | 'firefox')[]; what: string };
  /** The page's own check, run in the page after everything: must return true (say what it proves in the name). */
  pageCheck?: PageScript;
}

/** Attacks of issue 16 that need a whole flow of their own: kept as the tests named here, counted in the gate. */
export interface CoveredElsewhere {
  name: string;
  issueItem: number;
  file: string;
  test: string;
}

const lookAlike = (name: string): HostileFixture => ({
  name: `a red look-alike tile "${name}" is not taken for Stripe`,
  agent: 'opens-page',
  scenario: { red: 'stripe' },
  act: { fn: (to: string) => hostile.renameTile('Stripe', to), args: [name] },
  seen: name,
  // The main Stripe tile is renamed; "Stripe · Courses checkout" (green) stays the only Stripe tile.
  verdict: 'stripe-fine',
  notStripe: [name],
});

const buriedTile = (depth: number): HostileFixture => ({
  name: `a tile buried under ${depth.toLocaleString('en-US')} nested elements`,
  agent: 'opens-page',
  act: {
    fn: (levels: number) => {
      const tile = hostile.tile('Zoom')!;
      let inner: HTMLElement = tile;
      const head = tile.firstElementChild!;
      for (let i = 0; i < levels; i++) {
        const div = document.createElement('div');
        inner.append(div);
        inner = div;
      }
      inner.append(head);
      // Renamed in plain sight, so the runner sees the page was read again (the buried tile may well not be found).
      hostile.renameTile('Mailchimp', 'Mailchimp Deep Page');
    },
    args: [depth],
  },
  seen: 'Mailchimp Deep Page',
  verdict: 'stripe-needs-attention',
});

export const HOSTILE_FIXTURES: HostileFixture[] = [
  {
    name: 'plain page under the sandbox strict CSP header: the baseline every other fixture is compared with',
    agent: 'opens-page',
    verdict: 'stripe-needs-attention',
    overlays: 'up',
  },
  {
    name: 'upgrades our overlay host names first and asks for ElementInternals: reaches no shadow root',
    issueItem: 1,
    agent: 'opens-page',
    before: {
      fn: () => {
        const internals: ElementInternals[] = [];
        for (const name of ['sra-tile-marker', 'sra-guide-overlay', 'sra-original-badge']) {
          customElements.define(
            name,
            class extends HTMLElement {
              constructor() {
                super();
                internals.push(this.attachInternals());
              }
            },
          );
        }
        (globalThis as unknown as { reached: () => number }).reached = () => {
          let roots = internals.filter((i) => i.shadowRoot).length;
          for (const el of document.documentElement.children) {
            if (el === document.head || el === document.body) continue;
            if (el.shadowRoot) roots++;
            try {
              if (HTMLElement.prototype.attachInternals.call(el).shadowRoot) roots++;
            } catch {
              // Not a custom element: no internals to be had.
            }
          }
          return roots;
        };
      },
    },
    verdict: 'stripe-needs-attention',
    overlays: 'up',
    pageCheck: { fn: () => (globalThis as unknown as { reached: () => number }).reached() === 0 },
  },
  {
    name: "dispatches WXT's content-script-started events and postMessages with every id it can guess: detection goes on",
    issueItem: 3,
    agent: 'opens-page',
    scenario: { red: 'stripe,mailchimp' },
    act: {
      fn: (ids: string[]) => {
        for (const id of ids) {
          for (const script of ['kartra', 'stripe']) {
            const type = `${id}:${script}:wxt:content-script-started`;
            const detail = { contentScriptName: script, messageId: 'from-the-page' };
            document.dispatchEvent(new CustomEvent(type, { detail }));
            window.postMessage({ type, contentScriptName: script, messageId: 'from-the-page' }, '*');
          }
        }
        hostile.renameTile('Mailchimp', 'Mailchimp Classic');
      },
      // Filled in by the runner: the extension's host name and the Gecko id.
      args: ['<extension ids>'],
    },
    seen: 'Mailchimp Classic',
    verdict: 'stripe-needs-attention',
    overlays: 'up',
  },
  {
    name: 'secret and restricted canaries in tile names, status tooltips, aria-labels, a notice and the URL',
    issueItem: 5,
    agent: 'guide',
    path: '/integrations?error_description=sk_live_51CnrySecretAbCdEfGhIjKlMnOpQrSt&key=rk_live_51CnryRestrictedAbCdEfGhIjKlMn',
    scenario: { red: 'stripe,mailchimp' },
    act: {
      fn: (secret: string, restricted: string) => {
        hostile.renameTile('Mailchimp', secret);
        hostile.renameTile('Zapier', `Zapier ${restricted}`);
        for (const bubble of document.querySelectorAll('[title="Needs attention"]')) {
          bubble.setAttribute('title', `Needs attention: ${secret}`);
          bubble.setAttribute('aria-label', `Needs attention ${restricted}`);
        }
        for (const button of document.querySelectorAll('button[aria-label="More options"]')) button.setAttribute('title', restricted);
        const notice = document.createElement('div');
        notice.setAttribute('role', 'alert');
        notice.textContent = `Action required: reconnect Stripe. Support key: ${restricted} ${secret}`;
        document.body.prepend(notice);
      },
      args: [SECRET_CANARY, RESTRICTED_CANARY],
    },
    seen: /^sk_…/,
    verdict: 'stripe-needs-attention',
  },
  lookAlike('Strípe'),
  lookAlike('Stripe Connect Pro'),
  lookAlike('Str1pe'),
  {
    name: 'a page at a look-alike host carrying Kartra’s markup: nothing injected, nothing read',
    site: 'kartra-lookalike',
    agent: 'opens-page',
    verdict: 'not-read',
    overlays: 'none',
  },
  {
    name: 'DOM clobbering: forms, images and ids named after globals and DOM methods a script might read',
    agent: 'opens-page',
    before: {
      fn: () => {
        document.addEventListener('DOMContentLoaded', () => {
          const names = ['chrome', 'browser', 'querySelectorAll', 'getElementById', 'body', 'documentElement', 'location', 'cookie', 'JSON', 'Node', 'children', 'attributes'];
          for (const name of names) {
            const form = document.createElement('form');
            form.name = name;
            form.id = name;
            const input = document.createElement('input');
            input.name = 'textContent';
            form.append(input);
            const img = document.createElement('img');
            img.setAttribute('name', name);
            document.body.append(form, img);
          }
        });
      },
    },
    verdict: 'stripe-needs-attention',
    overlays: 'up',
  },
  {
    name: 'overrides built-ins in the page: Array.prototype.map/filter, JSON, querySelectorAll, getComputedStyle, MutationObserver, addEventListener, attachShadow',
    agent: 'opens-page',
    before: {
      fn: () => {
        const lie = <T extends object>(target: T, key: keyof T, make: (original: never) => unknown) => {
          const original = target[key] as never;
          Object.defineProperty(target, key, { value: make(original), writable: true, configurable: true });
        };
        // Each still works for the page's own code, with a twist a reader that trusted it would fall for.
        lie(Array.prototype, 'map', (map: (this: unknown[], ...a: unknown[]) => unknown[]) =>
          function (this: unknown[], ...a: unknown[]) {
            return map.apply(this, a);
          },
        );
        lie(JSON, 'stringify', (stringify: (...a: unknown[]) => string) => (...a: unknown[]) => `${stringify(...a)}`);
        lie(JSON, 'parse', (parse: (...a: unknown[]) => unknown) => (...a: unknown[]) => parse(...a));
        lie(window, 'getComputedStyle', (get: (el: Element) => CSSStyleDeclaration) => (el: Element) => {
          const style = get(el);
          return new Proxy(style, { get: (s, k) => (k === 'opacity' ? '1' : k === 'color' ? 'rgb(255, 0, 0)' : Reflect.get(s, k, s)) });
        });
        lie(Element.prototype, 'querySelectorAll', (qsa: (this: Element, s: string) => NodeListOf<Element>) =>
          function (this: Element, s: string) {
            return qsa.call(this, s);
          },
        );
        lie(Element.prototype, 'attachShadow', (attach: (this: Element, o: ShadowRootInit) => ShadowRoot) =>
          function (this: Element, o: ShadowRootInit) {
            return attach.call(this, { ...o, mode: 'open' });
          },
        );
        lie(window, 'MutationObserver', () => class {
          observe() {}
          disconnect() {}
          takeRecords() {
            return [];
          }
        });
        lie(EventTarget.prototype, 'addEventListener', (add: (this: EventTarget, ...a: unknown[]) => void) =>
          function (this: EventTarget, ...a: unknown[]) {
            add.apply(this, a);
          },
        );
      },
    },
    verdict: 'stripe-needs-attention',
    overlays: 'up',
    // The page's own attachShadow forces roots open: none of ours may be among what the page can see.
    pageCheck: { fn: () => [...document.documentElement.children].every((el) => el === document.head || el === document.body || el.shadowRoot === null) },
  },
  {
    name: 'synthetic (untrusted) clicks on three dots and Edit: the guide does not move, no original key is taken',
    agent: 'guide',
    act: {
      fn: async () => {
        hostile.tile('Stripe')!.querySelector<HTMLElement>('button[aria-label="More options"]')!.click();
        await hostile.frame();
        for (const item of document.querySelectorAll<HTMLElement>('[role="menuitem"]')) if (item.textContent?.trim() === 'Edit') item.click();
        await hostile.frame();
      },
    },
    verdict: 'stripe-needs-attention',
  },
  {
    name: 'spoofed postMessage and CustomEvents with our message names and forged keys: no state change',
    agent: 'guide',
    act: {
      fn: (forged: string) => {
        const messages = ['edit-modal-opened', 'kartra-observation', 'page-view', 'integrations-report', 'start-guide', 'advance', 'stripe-account-chosen', 'original-key'];
        for (const type of messages) {
          const body = { type, key: forged, publishableKey: forged, stepId: 'confirm-connect', tabId: 1 };
          window.postMessage(body, '*');
          window.postMessage(JSON.stringify(body), '*');
          document.dispatchEvent(new CustomEvent(type, { detail: body, bubbles: true }));
          document.dispatchEvent(new CustomEvent(`sra:${type}`, { detail: body, bubbles: true }));
          window.dispatchEvent(new MessageEvent('message', { data: body, origin: location.origin }));
        }
      },
      args: ['pk_live_51FORGEDforgedFORGEDforgedFORGED00'],
    },
    verdict: 'stripe-needs-attention',
  },
  {
    name: 'a transparent layer over the whole page (a clickjacking sheet): the overlay hides rather than sit under it',
    agent: 'guide',
    act: {
      fn: () => {
        const sheet = document.createElement('div');
        sheet.popover = 'manual';
        Object.assign(sheet.style, { position: 'fixed', inset: '0', width: '100vw', height: '100vh', margin: '0', border: '0', background: 'transparent', opacity: '0' });
        document.body.append(sheet);
        sheet.showPopover();
      },
    },
    verdict: 'stripe-needs-attention',
    overlays: 'hidden',
  },
  {
    // Our hosts sit on <html>, beside <body>: a filter on <html> is the one that reaches them.
    name: 'a filter on <html> that fades everything, the overlay included: the overlay hides',
    issueItem: 7,
    agent: 'guide',
    act: { fn: () => document.documentElement.style.setProperty('filter', 'opacity(0.05)') },
    verdict: 'stripe-needs-attention',
    overlays: 'hidden',
  },
  {
    name: 'anchor churn: the Stripe tile’s three dots re-rendered every frame for 120 frames',
    agent: 'guide',
    act: {
      fn: async () => {
        for (let i = 0; i < 120; i++) {
          const button = hostile.tile('Stripe')!.querySelector('button[aria-label="More options"]')!;
          button.replaceWith(button.cloneNode(true));
          await hostile.frame();
        }
      },
    },
    verdict: 'stripe-needs-attention',
    overlays: 'up',
  },
  {
    // Every reported name is checked to be 80 characters at most (the runner); the rename next to it shows a re-read.
    name: 'a 1 MB tile name: no reported name longer than 80 characters, the page still read',
    agent: 'opens-page',
    act: {
      fn: () => {
        hostile.renameTile('Mailchimp', `Giant${'G'.repeat(1_000_000)}`);
        hostile.renameTile('Zapier', 'Zapier Giant Page');
      },
    },
    seen: 'Zapier Giant Page',
    verdict: 'stripe-needs-attention',
  },
  buriedTile(300),
  // As deep as Chromium itself lays out: at about 3,000 levels its layout does not return (the page's own
  // `document.body.offsetHeight` hangs the tab with no extension installed), so no reader can do better there.
  buriedTile(2500),
  {
    name: 'a meta CSP added by the page itself: Trusted Types required, no styles',
    agent: 'opens-page',
    before: {
      fn: () => {
        const meta = document.createElement('meta');
        meta.httpEquiv = 'Content-Security-Policy';
        meta.content = "require-trusted-types-for 'script'; trusted-types 'none'; style-src 'none'; img-src 'none'";
        document.documentElement.prepend(meta);
      },
    },
    verdict: 'stripe-needs-attention',
  },
  {
    name: 'two red tiles both named Stripe: ambiguous, never a guess',
    agent: 'opens-page',
    scenario: { red: 'stripe,mailchimp' },
    act: { fn: () => hostile.renameTile('Mailchimp', 'Stripe') },
    verdict: 'cannot-tell',
  },
  {
    name: 'Stripe’s account picker with canaries in account names and profile text',
    site: 'stripe-picker',
    agent: 'guide',
    scenario: { loggedIn: true },
    before: {
      fn: (secret: string, restricted: string) => {
        document.addEventListener('DOMContentLoaded', () => {
          for (const node of hostile.textNodes(document.body)) {
            if (/Brightpath Coaching/.test(node.nodeValue ?? '')) node.nodeValue = `Brightpath Coaching ${secret}`;
            if (/Brightpath Media/.test(node.nodeValue ?? '')) node.nodeValue = `Brightpath Media ${restricted}`;
            if (/^acct_/.test(node.nodeValue?.trim() ?? '')) node.nodeValue = `${node.nodeValue} ${restricted}`;
          }
        });
      },
      args: [SECRET_CANARY, RESTRICTED_CANARY],
    },
    verdict: 'cannot-tell',
  },
  {
    name: 'canaries in the fields next to the key in Kartra’s Edit window, and on the key field itself',
    issueItem: 5,
    agent: 'edit',
    before: {
      fn: (secret: string, restricted: string) => {
        const plant = () => {
          for (const input of document.querySelectorAll('input')) {
            if (!input.value.startsWith('pk_') || input.dataset.planted) continue;
            input.dataset.planted = '1';
            input.title = restricted;
            input.setAttribute('aria-description', secret);
            const next = document.createElement('div');
            next.innerHTML = '<label>Secret key <input readonly></label><label>Restricted key <input readonly></label><p>Webhook secret: </p>';
            const [secretInput, restrictedInput] = next.querySelectorAll('input');
            secretInput!.value = secret;
            restrictedInput!.value = restricted;
            next.querySelector('p')!.append(secret);
            (input.closest('label, div') ?? input).after(next);
          }
        };
        new MutationObserver(plant).observe(document, { childList: true, subtree: true });
      },
      args: [SECRET_CANARY, RESTRICTED_CANARY],
    },
    verdict: 'stripe-needs-attention',
  },
  {
    name: 'Stripe’s authorize error page with canaries in its error description and the URL',
    issueItem: 5,
    site: 'stripe-error',
    agent: 'guide',
    // An unknown client_id makes Stripe answer with a JSON error that quotes it: the canary is in the page's text.
    path: `/oauth/authorize?response_type=code&client_id=${SECRET_CANARY}&scope=read_write&state=${RESTRICTED_CANARY}`,
    verdict: 'cannot-tell',
  },
  {
    name: 'the Stripe dashboard with canaries in the account name and the page title',
    issueItem: 5,
    site: 'stripe-dashboard',
    agent: 'guide',
    scenario: { loggedIn: true },
    before: {
      fn: (secret: string, restricted: string) => {
        document.addEventListener('DOMContentLoaded', () => {
          const name = document.title.split(' – ')[1] ?? '';
          for (const node of hostile.textNodes(document.body)) if (name && node.nodeValue?.trim() === name) node.nodeValue = `${name} ${secret}`;
          document.title = `${document.title} ${restricted}`;
        });
      },
      args: [SECRET_CANARY, RESTRICTED_CANARY],
    },
    verdict: 'cannot-tell',
  },
];

export const COVERED_ELSEWHERE: CoveredElsewhere[] = [
  {
    name: 'closes the Edit window and reopens it with another account’s key',
    issueItem: 2,
    file: 'test/e2e/hostile-page.e2e.ts',
    test: 'cannot swap the original publishable key by closing the Edit window and reopening it with another account’s key',
  },
  {
    name: "a second Kartra tab's content script reads and writes storage",
    issueItem: 4,
    file: 'test/e2e/content-script-trust.e2e.ts',
    test: "cannot read another tab's guide nor change it or the profile in force by writing storage",
  },
  {
    name: 'a key-shaped tile name reaches the guide history through the wrong-integration warning',
    issueItem: 5,
    file: 'test/e2e/hostile-page.e2e.ts',
    test: 'cannot get a key-shaped tile name or notice into any storage area (trusted store included), the popup or the side panel',
  },
  {
    name: 'a catastrophically backtracking route pattern in a profile override',
    issueItem: 6,
    file: 'test/e2e/options.e2e.ts',
    test: 'refuses a catastrophically backtracking pattern',
  },
  { name: 'a popover over the top half of the card', issueItem: 7, file: 'test/e2e/hostile-page.e2e.ts', test: 'cannot lay a popover over the top half of the guide’s card unnoticed' },
  { name: '<html> opacity 0.05', issueItem: 7, file: 'test/e2e/hostile-page.e2e.ts', test: 'cannot make the guide’s overlay nearly transparent through <html> unnoticed' },
];
