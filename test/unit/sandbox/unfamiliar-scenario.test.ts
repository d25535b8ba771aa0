// @vitest-environment node
/**
 * Scenario `unfamiliar` (pages the extension does not know, for teach mode): parsed the same way from JSON, the URL
 * and the control panel's form, refused when wrong, and served to the pages: the Integrations list's wording, the
 * Stripe Edit window's key label and Connect label, and the Stripe picker's Connect button. That the readers miss each
 * variant and find it after a one-phrase profile change is test/e2e/unfamiliar-pages.e2e.ts, in real browsers.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UNFAMILIAR_VARIANTS, UNFAMILIAR_WORDING } from '../../../sandbox/data/unfamiliar-wording.ts';
import { startSandbox, type RunningSandbox } from '../../../sandbox/server.ts';
import { get, readState, send, setScenario } from './sandbox-http.ts';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await send(sandbox, '/__sandbox/reset', { method: 'POST' });
  await setScenario(sandbox, { delay: 0 });
});

interface Wording {
  menuButton: string;
  menuButtonIcon: string;
  editItem: string;
  attentionLabel: string;
  attentionLook: string;
  attentionBanner: { lead: string; says: string };
}
interface StripeDetail {
  fields: { label: string; value: string }[];
  sections?: { title: string; fields: { label: string; value: string }[] }[];
  connectLabel: string;
}

const wording = async () => (await send(sandbox, '/api/integrations')).json<{ wording: Wording }>().wording;
const stripeDetail = async () => (await send(sandbox, '/api/integrations/stripe')).json<StripeDetail>();

async function pickerPage(): Promise<string> {
  await setScenario(sandbox, { loggedIn: true });
  const start = await send(sandbox, '/integrations/stripe/connect?integration=stripe');
  const picker = await send(sandbox, start.location!);
  expect(picker.status).toBe(200);
  return picker.body;
}

describe('parsing the unfamiliar knob', () => {
  it('is empty by default', async () => {
    expect((await readState(sandbox)).scenario.unfamiliar).toEqual([]);
  });

  it('takes a JSON list, without duplicates', async () => {
    await setScenario(sandbox, { unfamiliar: ['status', 'key', 'status'] });
    expect((await readState(sandbox)).scenario.unfamiliar).toEqual(['status', 'key']);
  });

  it('takes a comma list in a Kartra URL, and "none" clears it', async () => {
    expect((await get(sandbox, 'kartra-app', '/integrations?unfamiliar=edit,stripe-connect')).status).toBe(200);
    expect((await readState(sandbox)).scenario.unfamiliar).toEqual(['edit', 'stripe-connect']);
    await get(sandbox, 'kartra-app', '/integrations?unfamiliar=none');
    expect((await readState(sandbox)).scenario.unfamiliar).toEqual([]);
  });

  it('takes the control panel\'s checkboxes (the hidden empty value clears it when none is checked)', async () => {
    await setScenario(sandbox, { unfamiliar: ['dots'] });
    const checked = new URLSearchParams([['unfamiliar', ''], ['unfamiliar', 'connect'], ['unfamiliar', 'key']]);
    expect((await send(sandbox, '/__sandbox/scenario', { form: checked })).status).toBe(303);
    expect((await readState(sandbox)).scenario.unfamiliar).toEqual(['connect', 'key']);
    await send(sandbox, '/__sandbox/scenario', { form: new URLSearchParams([['unfamiliar', '']]) });
    expect((await readState(sandbox)).scenario.unfamiliar).toEqual([]);
  });

  it.each([[['status', 'colour']], ['status,everything'], [[7]], [{ status: true }]])('refuses %j with a 400 naming the field and the variants', async (value) => {
    const response = await send(sandbox, '/__sandbox/scenario', { json: { unfamiliar: value } });
    expect(response.status).toBe(400);
    const errors = response.json<{ errors: string[] }>().errors.join(' ');
    expect(errors).toContain('unfamiliar');
    for (const variant of UNFAMILIAR_VARIANTS) expect(errors).toContain(variant);
    expect((await readState(sandbox)).scenario.unfamiliar).toEqual([]);
  });

  it('refuses an unknown variant in a URL too', async () => {
    const page = await get(sandbox, 'kartra-app', '/integrations?unfamiliar=everything');
    expect(page.status).toBe(400);
    expect(page.body).toContain('unfamiliar');
  });

  it('shows one checkbox per variant in the control panel, checked as set', async () => {
    await setScenario(sandbox, { unfamiliar: ['edit'] });
    const panel = (await get(sandbox, 'kartra-app', '/__sandbox')).body;
    for (const variant of UNFAMILIAR_VARIANTS) expect(panel).toContain(`name="unfamiliar" value="${variant}"`);
    expect(panel).toMatch(/name="unfamiliar" value="edit" checked/);
    expect(panel).not.toMatch(/name="unfamiliar" value="key" checked/);
  });
});

describe('what the pages are served', () => {
  it('by default: the familiar words', async () => {
    expect(await wording()).toEqual({ menuButton: 'More options', menuButtonIcon: 'dots', editItem: 'Edit', attentionLabel: 'Needs attention', attentionLook: 'statusAttention',
      attentionBanner: { lead: 'Action required:', says: 'reconnect' } });
    const detail = await stripeDetail();
    expect(detail.fields.map((f) => f.label)).toEqual(['Publishable key']);
    expect(detail.sections).toBeUndefined();
    expect(detail.connectLabel).toBe('Connect with Stripe');
    expect(await pickerPage()).toMatch(/type="submit" disabled>Connect<\/button>/);
  });

  it('each variant changes its one thing only', async () => {
    const familiar = await wording();
    const familiarDetail = await stripeDetail();
    const key = (await readState(sandbox)).expected.originalPublishableKey;

    await setScenario(sandbox, { unfamiliar: ['status'] });
    expect(await wording()).toEqual({ ...familiar, attentionLabel: UNFAMILIAR_WORDING.status.label, attentionLook: 'statusPaused',
      attentionBanner: { lead: 'Payments paused:', says: 'paused' } });
    await setScenario(sandbox, { unfamiliar: ['edit'] });
    expect(await wording()).toEqual({ ...familiar, editItem: UNFAMILIAR_WORDING.edit.label });
    await setScenario(sandbox, { unfamiliar: ['dots'] });
    expect(await wording()).toEqual({ ...familiar, menuButton: UNFAMILIAR_WORDING.dots.label, menuButtonIcon: 'sliders' });
    expect(await stripeDetail()).toEqual(familiarDetail);

    await setScenario(sandbox, { unfamiliar: ['key'] });
    expect(await wording()).toEqual(familiar);
    const moved = await stripeDetail();
    expect(moved.fields).toEqual([]);
    expect(moved.sections).toEqual([{ title: UNFAMILIAR_WORDING.key.section, fields: [{ label: UNFAMILIAR_WORDING.key.label, value: key, readOnly: true }] }]);
    expect(moved.connectLabel).toBe('Connect with Stripe');

    await setScenario(sandbox, { unfamiliar: ['connect'] });
    expect(await stripeDetail()).toEqual({ ...familiarDetail, connectLabel: UNFAMILIAR_WORDING.connect.label });
  });

  it('stripe-connect reaches Stripe\'s picker (the state is shared), and its renamed button still connects', async () => {
    await setScenario(sandbox, { unfamiliar: ['stripe-connect'] });
    const page = await pickerPage();
    expect(page).toContain(`type="submit" disabled>${UNFAMILIAR_WORDING['stripe-connect'].label}</button>`);
    expect(page).not.toMatch(/>Connect<\/button>/);
    expect(page).toContain('>Cancel</button>');
  });
});
