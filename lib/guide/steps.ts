/**
 * The step catalogue: the help article "Update an older Stripe connection", part by part and in order, as data.
 * The machine (machine.ts) moves between these ids; the UI words each step (title, instruction, the article's
 * bullets) from locales/ by its id (components/text/guide-text.ts) and uses `site` + `target` for "show me"
 * highlighting.
 */

export type StepSection = 'why' | 'before' | 'kartra' | 'stripe' | 'return' | 'after' | 'troubleshoot';
export const STEP_SITES = ['kartra-app', 'stripe-connect', 'stripe-dashboard'] as const;
export type StepSite = (typeof STEP_SITES)[number];
/** What "show me" points at: each site's content script knows how to find these on its pages. */
export const STEP_TARGETS = [
  'integrations-nav',
  'stripe-tile',
  'tile-menu-button',
  'edit-menu-item',
  'connect-with-stripe',
  'stripe-login',
  'stripe-account-picker',
  'stripe-connect-button',
] as const;
export type StepTarget = (typeof STEP_TARGETS)[number];

/** One step: where it sits in the article and what it points at. Its words are in locales/ under its id. */
export interface GuideStep {
  readonly id: string;
  readonly section: StepSection;
  readonly site?: StepSite;
  readonly target?: StepTarget;
}

/** Every step, in article order. `troubleshoot` is last and off the main path: only evidence leads there. */
export const STEPS = [
  {
    id: 'why-reconnect',
    section: 'why',
  },
  {
    id: 'before-you-begin',
    section: 'before',
  },
  {
    id: 'open-integrations',
    section: 'kartra',
    site: 'kartra-app',
    target: 'integrations-nav',
  },
  {
    id: 'find-red-tile',
    section: 'kartra',
    site: 'kartra-app',
    target: 'stripe-tile',
  },
  {
    id: 'open-tile-menu',
    section: 'kartra',
    site: 'kartra-app',
    target: 'tile-menu-button',
  },
  {
    id: 'choose-edit',
    section: 'kartra',
    site: 'kartra-app',
    target: 'edit-menu-item',
  },
  {
    id: 'connect-with-stripe',
    section: 'kartra',
    site: 'kartra-app',
    target: 'connect-with-stripe',
  },
  {
    id: 'stripe-login',
    section: 'stripe',
    site: 'stripe-connect',
    target: 'stripe-login',
  },
  {
    id: 'choose-account',
    section: 'stripe',
    site: 'stripe-connect',
    target: 'stripe-account-picker',
  },
  {
    id: 'confirm-connect',
    section: 'stripe',
    site: 'stripe-connect',
    target: 'stripe-connect-button',
  },
  {
    id: 'redirect-back',
    section: 'return',
    site: 'kartra-app',
  },
  {
    id: 'after-reconnect',
    section: 'after',
    site: 'kartra-app',
    target: 'stripe-tile',
  },
  {
    id: 'troubleshoot',
    section: 'troubleshoot',
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
