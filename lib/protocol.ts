/**
 * Every message that crosses a context boundary, as zod schemas. Both sides import this file: senders build values of
 * these types, receivers parse with `parseMessage` and drop whatever does not fit. Objects are strict (extra keys,
 * `__proto__` included, are rejected) and every string and array is capped, so a hostile page cannot make us store
 * or render something huge through a compromised content script.
 */
import { z } from 'zod';
import type { AccountVerdict } from './guide/guide-state';
import type { PageView } from './guide/page-view-shape';
import type { StepId } from './guide/steps';
import type { SiteProfile } from './kartra/site-profile';
import type { ProfileLayers } from './policy/profile-layer';
import type { ProfileError } from './profile-parse';
import type { StripeProfile } from './stripe/default-stripe-profile';
import { DecisionSchema } from './kartra/evidence-schema';
import { MAX_OVERRIDE_CHARS } from './kartra/merge-profile';
import { INTEGRATION_STATUSES, KARTRA_OUTCOMES, PROFILE_SITES, TAB_ID_MAX, UNKNOWN_WHYS } from './protocol-values';
import { ProfileChangeSchema } from './teach/change-schema';
import { TEACH_TARGETS } from './teach/teach-targets';
import type { TeachReply } from './teach/teach-reply';

const text = (max: number) => z.string().max(max);
const tabId = z.number().int().min(0).max(TAB_ID_MAX);
const profileSite = z.enum(PROFILE_SITES);

export const IntegrationStatusSchema = z.enum(INTEGRATION_STATUSES);
export type IntegrationStatus = z.infer<typeof IntegrationStatusSchema>;

/** Kartra's four troubleshooting outcomes plus success, as read from the banner Kartra shows after the redirect. */
export const KartraOutcomeSchema = z.enum(KARTRA_OUTCOMES);
export type KartraOutcome = z.infer<typeof KartraOutcomeSchema>;

export const IntegrationSummarySchema = z.strictObject({
  name: text(80),
  category: text(40).optional(),
  status: IntegrationStatusSchema,
  /** Why the status could not be read, when it is 'unknown'. */
  unknownWhy: z.enum(UNKNOWN_WHYS).optional(),
  confidence: z.number().min(0).max(1),
  /** What decided the status, as codes and the page's values (components/text/evidence.ts words it). */
  decidedBy: DecisionSchema,
  isStripe: z.boolean(),
});
export type IntegrationSummary = z.infer<typeof IntegrationSummarySchema>;

/** What the Kartra content script saw on one pass over the page. */
export const HealthReportSchema = z.strictObject({
  onIntegrationsPage: z.boolean(),
  integrations: z.array(IntegrationSummarySchema).max(10_000),
  needsAttentionCount: z.number().int().min(0),
  /** Several tiles claim to be Stripe: the agent must look, we will not guess. */
  stripeAmbiguous: z.boolean(),
  /**
   * Where in `integrations` the Stripe tile the guide is about is, when there is one: decided once, in the content
   * script (lib/content/pick-stripe-tile.ts), so the popup and side panel cannot pick another (lib/health/reconnect-tile.ts).
   */
  reconnectIndex: z.number().int().min(0).max(9_999).optional(),
  bannerMentionsStripe: z.boolean(),
  outcome: KartraOutcomeSchema.optional(),
});
export type HealthReport = z.infer<typeof HealthReportSchema>;

export const PickerAccountSchema = z.strictObject({
  name: text(120),
  accountId: text(64).optional(),
  profile: text(120).optional(),
  selected: z.boolean(),
});
export type PickerAccount = z.infer<typeof PickerAccountSchema>;

/**
 * A step of the reconnect flow that a content script saw happen. The guide (lib/guide/) advances on these; the
 * background adds the tab and the time, never trusting the page for either. What the Integrations page shows is not
 * one: the background reads it from the tab's health report (one message per detection; see GuideObservation). A
 * content script of an older version may still send `integrations-page` until its tab reloads: the router drops it.
 */
export const ObservationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('tile-menu-opened'), integration: text(80) }),
  // byAgent: the window followed the agent's own (trusted) click; only such a window gives the guide its original key.
  z.strictObject({ kind: z.literal('edit-modal-opened'), integration: text(80), publishableKey: text(255).optional(), byAgent: z.boolean() }),
  z.strictObject({ kind: z.literal('connect-with-stripe-clicked') }),
  z.strictObject({ kind: z.literal('stripe-login-shown') }),
  z.strictObject({ kind: z.literal('stripe-picker-shown'), accounts: z.array(PickerAccountSchema).max(100) }),
  z.strictObject({ kind: z.literal('stripe-account-selected'), account: PickerAccountSchema }),
  z.strictObject({ kind: z.literal('stripe-connect-clicked') }),
  z.strictObject({ kind: z.literal('stripe-cancel-clicked') }),
  z.strictObject({ kind: z.literal('stripe-error-page'), error: text(80), description: text(500) }),
  z.strictObject({
    kind: z.literal('kartra-redirect'),
    result: z.enum(['code', 'error']),
    error: text(80).optional(),
  }),
  z.strictObject({ kind: z.literal('kartra-outcome'), outcome: KartraOutcomeSchema }),
  z.strictObject({
    kind: z.literal('stripe-dashboard'),
    accountId: text(64).optional(),
    accountName: text(120).optional(),
    publishableKey: text(255).optional(),
  }),
]);
export type Observation = z.infer<typeof ObservationSchema>;

/** What the guide follows: the content scripts' observations, and the Integrations page as its health report shows it. */
export type GuideObservation = Observation | { kind: 'integrations-page'; stripeStatus: IntegrationStatus | 'absent' };

// keep-original-key / use-new-key: the agent's answer when Kartra's window showed a second, different key.
export const GuideCommandSchema = z.enum(['start', 'next', 'back', 'restart', 'dismiss', 'resume', 'keep-original-key', 'use-new-key']);
export type GuideCommand = z.infer<typeof GuideCommandSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  // From the Kartra content script.
  z.strictObject({ type: z.literal('health/report'), report: HealthReportSchema }),
  // From either content script.
  z.strictObject({ type: z.literal('guide/observed'), observation: ObservationSchema }),
  // From the extension's own pages (popup, side panel, options).
  z.strictObject({ type: z.literal('guide/command'), tabId, command: GuideCommandSchema }),
  z.strictObject({ type: z.literal('guide/show-me'), tabId }),
  // "Check in Stripe" opened a dashboard tab for the guide of `tabId`: that tab belongs to the same guide.
  z.strictObject({ type: z.literal('guide/adopt-tab'), tabId, newTabId: tabId }),
  z.strictObject({ type: z.literal('panel/open'), tabId }),
  // From a content script: which guide (if any) this tab belongs to, so it can show the step's overlay.
  z.strictObject({ type: z.literal('guide/for-this-tab') }),
  // From the Kartra tile marker: open the side panel for this tab (the tab comes from the sender).
  z.strictObject({ type: z.literal('panel/open-here') }),
  // The options page saves or clears one site's profile override.
  z.strictObject({ type: z.literal('profile/set-override'), site: profileSite, json: text(MAX_OVERRIDE_CHARS) }),
  z.strictObject({ type: z.literal('profile/clear-override'), site: profileSite }),
  // A content script asks which profile of its site to read pages with (it does not carry the default one).
  z.strictObject({ type: z.literal('profile/active'), site: profileSite }),
  // The options page asks for a site's profile as layers: built-in, the team's policy, the agent's own.
  z.strictObject({ type: z.literal('profile/layers'), site: profileSite }),
  // The side panel or popup builds a support report: a screenshot of the tab, its secrets covered first.
  z.strictObject({ type: z.literal('report/capture'), tabId }),
  // Teach mode: the popup or side panel opens the picker on a tab; the overlay's "I can't find this" opens it on its own.
  z.strictObject({ type: z.literal('teach/start'), tabId, target: z.enum(TEACH_TARGETS).optional() }),
  z.strictObject({ type: z.literal('teach/start-here'), target: z.enum(TEACH_TARGETS).optional() }),
  // The picker (in the page) applies the change the agent confirmed; undoing one is the agent's, from our pages or
  // from the picker that applied it.
  z.strictObject({ type: z.literal('teach/apply'), change: ProfileChangeSchema }),
  z.strictObject({ type: z.literal('teach/undo'), id: text(64) }),
  // The picker, when the team's policy forbids own changes: the change as an export for the administrator.
  z.strictObject({ type: z.literal('teach/export'), change: ProfileChangeSchema }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** Every answer has this envelope, so an error in the background reaches the caller as data, not as a lost promise. */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** What an observation gets back: the verdict on each account of a picker, and the sender tab's page view. */
export interface ObservationReply {
  verdicts: (AccountVerdict | undefined)[];
  /** The sender tab's page view after the observation (null: no guide there), so a warning it raised shows at once. */
  view?: PageView | null;
}

/** Saving or clearing a site-profile override: refused with each field and reason, or saved. */
export interface OverrideReply {
  saved: boolean;
  errors: ProfileError[];
  /** Refused whatever the text: the team's policy (allowAgentOverrides: false) does not let agents change the profile. */
  refused?: 'forbidden-by-policy';
}

/** The site profile in force for a site, and whether it is the built-in one or another layer changed it (the team's
 *  policy or the agent's override: lib/background/profile-layers.ts). */
export interface ProfileInForce<P> {
  profile: P;
  source: 'default' | 'override';
}

/**
 * Why a support report has no screenshot: the tab is gone or not the visible one of its window, its page could not
 * be covered (no content script of ours: not Kartra or Stripe, opened before an install, stopped), the browser refused
 * the capture (no activeTab grant), or the page changed under the cover.
 */
export const SCREENSHOT_MISSING = ['no-tab', 'tab-not-visible', 'not-covered', 'capture-refused', 'page-changed'] as const;
export type ScreenshotMissing = (typeof SCREENSHOT_MISSING)[number];

/** A PNG data URL of the tab with its secrets covered, or why there is none. */
export type CaptureReply = { png: string; missing?: undefined } | { png?: undefined; missing: ScreenshotMissing };

/**
 * The value inside the `Reply` envelope for each message type. Handlers in the background are typed by it
 * (lib/background/message-router.ts), and so is `sendToBackground` at every call site (lib/messaging.ts).
 */
export interface Replies {
  'health/report': void;
  'guide/observed': ObservationReply;
  'guide/command': StepId;
  'guide/show-me': void;
  'guide/adopt-tab': void;
  'panel/open': boolean;
  'guide/for-this-tab': PageView | undefined;
  'panel/open-here': boolean;
  'profile/set-override': OverrideReply;
  'profile/clear-override': OverrideReply;
  'profile/active': ProfileInForce<SiteProfile | StripeProfile>;
  'profile/layers': ProfileLayers<SiteProfile | StripeProfile>;
  'report/capture': CaptureReply;
  'teach/start': TeachStart;
  'teach/start-here': TeachStart;
  'teach/apply': TeachReply;
  'teach/undo': boolean;
  /** The export document (lib/teach/export.ts) as JSON text. */
  'teach/export': string;
}

/** Opening the picker: it is up, the tab is not one of our sites' pages, or the browser refused to load it there. */
export type TeachStart = 'opened' | 'not-our-site' | 'failed';

export function parseMessage(raw: unknown): Message | undefined {
  const parsed = MessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
