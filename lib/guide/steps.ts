/**
 * The step catalogue: the help article "Update an older Stripe connection", part by part and in order, as data.
 * The machine (machine.ts) moves between these ids; the UI renders title, instruction and detail as plain text and
 * uses `site` + `target` for "show me" highlighting. Wording stays close to the article so agents and customers read
 * the same thing.
 */

export type StepSection = 'why' | 'before' | 'kartra' | 'stripe' | 'return' | 'after' | 'troubleshoot';
export type StepSite = 'kartra-app' | 'stripe-connect' | 'stripe-dashboard';
export type StepTarget =
  | 'integrations-nav'
  | 'stripe-tile'
  | 'tile-menu-button'
  | 'edit-menu-item'
  | 'connect-with-stripe'
  | 'stripe-login'
  | 'stripe-account-picker'
  | 'stripe-connect-button';

/** One step as the UI shows it. `instruction` is one short sentence; `detail` holds the article's bullets. */
export interface GuideStep {
  readonly id: string;
  readonly section: StepSection;
  readonly title: string;
  readonly instruction: string;
  readonly detail?: readonly string[];
  readonly site?: StepSite;
  readonly target?: StepTarget;
}

/** Every step, in article order. `troubleshoot` is last and off the main path: only evidence leads there. */
export const STEPS = [
  {
    id: 'why-reconnect',
    section: 'why',
    title: 'Why reconnect Stripe',
    instruction: 'Check that this Stripe connection needs to be renewed.',
    detail: [
      'The connection was created using an older setup.',
      'The Stripe integration shows a red status indicator.',
      'Payments or subscriptions are not processing as expected.',
    ],
  },
  {
    id: 'before-you-begin',
    section: 'before',
    title: 'Before you begin',
    instruction: 'Make sure you can get into the Stripe account, ideally logged in already in another tab.',
    detail: [
      'Make sure you have access to the Stripe account.',
      'If possible, log in to Stripe in a separate browser tab before starting.',
    ],
  },
  {
    id: 'open-integrations',
    section: 'kartra',
    title: 'Open Settings > Integrations',
    instruction: 'In Kartra, go to Settings > Integrations.',
    site: 'kartra-app',
    target: 'integrations-nav',
  },
  {
    id: 'find-red-tile',
    section: 'kartra',
    title: 'Find the red Stripe tile',
    instruction: 'Find the Stripe integration with a red status indicator.',
    site: 'kartra-app',
    target: 'stripe-tile',
  },
  {
    id: 'open-tile-menu',
    section: 'kartra',
    title: "Open the tile's menu",
    instruction: 'Click the three dots on the Stripe tile.',
    site: 'kartra-app',
    target: 'tile-menu-button',
  },
  {
    id: 'choose-edit',
    section: 'kartra',
    title: 'Choose Edit',
    instruction: 'Click Edit in the menu.',
    site: 'kartra-app',
    target: 'edit-menu-item',
  },
  {
    id: 'connect-with-stripe',
    section: 'kartra',
    title: 'Click Connect with Stripe',
    instruction: 'Click Connect with Stripe in the window that opens.',
    site: 'kartra-app',
    target: 'connect-with-stripe',
  },
  {
    id: 'stripe-login',
    section: 'stripe',
    title: 'Log in to Stripe',
    instruction: 'Log in to Stripe if it asks you to.',
    site: 'stripe-connect',
    target: 'stripe-login',
  },
  {
    id: 'choose-account',
    section: 'stripe',
    title: 'Choose the same account',
    instruction: 'Select the same profile and account that was used before.',
    detail: [
      'Important: you must reconnect the same Stripe account that was originally used.',
      'This keeps subscription billing running without interruption.',
      'This keeps the existing product settings unchanged.',
    ],
    site: 'stripe-connect',
    target: 'stripe-account-picker',
  },
  {
    id: 'confirm-connect',
    section: 'stripe',
    title: 'Click Connect',
    instruction: 'Click Connect to finish in Stripe.',
    site: 'stripe-connect',
    target: 'stripe-connect-button',
  },
  {
    id: 'redirect-back',
    section: 'return',
    title: 'Back to Kartra',
    instruction: 'Wait while Stripe sends you back to Kartra.',
    detail: ['You will be redirected back to Kartra once the connection is complete.'],
    site: 'kartra-app',
  },
  {
    id: 'after-reconnect',
    section: 'after',
    title: 'After reconnecting',
    instruction: 'Check that the Stripe tile now shows a green status.',
    detail: [
      'Active subscriptions will continue to process.',
      'Products will keep using the same payment setup.',
      'No API keys or webhooks are required anymore.',
    ],
    site: 'kartra-app',
    target: 'stripe-tile',
  },
  {
    id: 'troubleshoot',
    section: 'troubleshoot',
    title: 'Troubleshoot the connection',
    instruction: 'Follow the fix for the message Kartra or Stripe showed.',
    detail: [
      'If it still fails, contact support and include screenshots of the issue.',
      'Add a brief description of what you have tried.',
    ],
  },
] as const satisfies readonly GuideStep[];

export type StepId = (typeof STEPS)[number]['id'];

/** The ids in order, as a non-empty tuple so zod can build an enum from it. */
export const STEP_IDS = STEPS.map((step) => step.id) as [StepId, ...StepId[]];

/** The steps `next`/`back` walk through: everything but `troubleshoot`. */
export const MAIN_PATH: readonly StepId[] = STEP_IDS.filter((id) => id !== 'troubleshoot');

/** Position in the catalogue (0-based). Unknown ids sort last so they never look "behind" a real step. */
export function indexOfStep(id: StepId): number {
  const index = STEP_IDS.indexOf(id);
  return index === -1 ? STEP_IDS.length : index;
}

/** The catalogue entry for an id. */
export function getStep(id: StepId): GuideStep {
  // The id type only admits catalogue ids, so the fallback is for ids forged with a cast.
  return STEPS.find((step) => step.id === id) ?? STEPS[STEPS.length - 1]!;
}

/**
 * Steps the agent does on a site, as opposed to reading (why, before, after, troubleshoot). Evidence of a later step
 * proves these were done; it never proves the agent read the introduction.
 */
export function isActionStep(id: StepId): boolean {
  const section = getStep(id).section;
  return section === 'kartra' || section === 'stripe' || section === 'return';
}
