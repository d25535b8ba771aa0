/**
 * Never a false all-clear: the popup's headline, the badge and the "cannot tell" reasons for every mix of read and
 * unreadable tiles, with plural forms.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HealthSummary } from '../../../components/popup/HealthSummary';
import { badgeLook } from '../../../lib/background/toolbar-badge';
import { countHealth } from '../../../lib/health/health-counts';
import type { HealthReport, IntegrationSummary } from '../../../lib/protocol';
import { mount } from '../options/render';
import { useTestLocale } from '../support/fake-browser-gaps';

const tile = (name: string, status: IntegrationSummary['status'], extra: Partial<IntegrationSummary> = {}): IntegrationSummary => ({
  name,
  status,
  confidence: status === 'unknown' ? 0 : 0.9,
  decidedBy: status === 'unknown' ? { code: 'no-evidence' } : { code: 'evidence', strongest: { code: 'text', text: `${status} dot` }, alsoAgreeing: 0 },
  isStripe: name === 'Stripe',
  ...(status === 'unknown' ? { unknownWhy: 'no-evidence' as const } : {}),
  ...extra,
});

const CONFLICT: IntegrationSummary['decidedBy'] = {
  code: 'conflict',
  leader: { status: 'needs-attention', strongest: { code: 'text', text: 'red dot' } },
  runnerUp: { status: 'connected', strongest: { code: 'text', text: 'Connected' } },
};

const report = (integrations: IntegrationSummary[], onIntegrationsPage = true): HealthReport => ({
  onIntegrationsPage,
  integrations,
  needsAttentionCount: integrations.filter((i) => i.status === 'needs-attention').length,
  stripeAmbiguous: false,
  bannerMentionsStripe: false,
});

async function popupFor(r: HealthReport) {
  return mount(<HealthSummary health={{ report: r, url: 'https://app.kartra.com/integrations', at: 1 }} tabId={1} />);
}

describe('popup headline', () => {
  it('says all clear only when every status was read', async () => {
    const page = await popupFor(report([tile('Stripe', 'connected'), tile('PayPal', 'not-configured')]));
    expect(page.text('#health-title')).toBe('No integration needs attention');
    page.unmount();
  });

  it('one unreadable tile among read ones: found and could-not-be-read counts, and the tile listed with why', async () => {
    const page = await popupFor(report([tile('Stripe', 'connected'), tile('PayPal', 'connected'), tile('Zapier', 'unknown')]));
    expect(page.text('#health-title')).toBe('3 integrations found, the status of 1 could not be read');
    const listed = page.$$('[data-testid="integration"]');
    expect(listed.map((li) => li.getAttribute('data-status'))).toEqual(['unknown']);
    expect(listed[0]?.textContent).toContain('Cannot tell');
    expect(listed[0]?.textContent).toContain('Could not read: nothing on the tile shows a status');
    page.unmount();
  });

  it.each([
    [[tile('Stripe', 'unknown')], '1 integration found, the status of 1 could not be read'],
    [[tile('Stripe', 'unknown', { unknownWhy: 'conflict' }), tile('Zoom', 'unknown')], '2 integrations found, the status of 2 could not be read'],
  ])('plural forms: %#', async (integrations, title) => {
    const page = await popupFor(report(integrations));
    expect(page.text('#health-title')).toBe(title);
    page.unmount();
  });

  it('a conflict is worded as such', async () => {
    const page = await popupFor(report([tile('Stripe', 'unknown', { unknownWhy: 'conflict', decidedBy: CONFLICT })]));
    expect(page.text('[data-testid="integration"] .why')).toMatch(/^Could not read: the tile shows signs of two different statuses \(conflicting evidence/);
    page.unmount();
  });

  it('an icon-font glyph in the reason is named by its codepoint', async () => {
    const page = await popupFor(report([tile('Stripe', 'needs-attention', { decidedBy: { code: 'evidence', strongest: { code: 'symbol', symbol: '\uf071' }, alsoAgreeing: 0 } })]));
    expect(page.text('[data-testid="integration"] .why')).toBe("Why: status symbol 'U+F071'");
    page.unmount();
  });

  it('red tiles lead; unreadable ones are still said and listed', async () => {
    const page = await popupFor(report([tile('Stripe', 'needs-attention'), tile('PayPal', 'unknown'), tile('Zoom', 'connected')]));
    expect(page.text('#health-title')).toBe('1 integration needs attention');
    expect(page.text('[data-testid="health-unreadable"]')).toBe('The status of 1 other integration could not be read.');
    expect(page.$$('[data-testid="integration"]').map((li) => li.getAttribute('data-status'))).toEqual(['needs-attention', 'unknown']);
    page.unmount();
  });

  it('no tiles on the Integrations page: says so and offers the detection settings', async () => {
    const page = await popupFor(report([]));
    expect(page.text('#health-title')).toBe('No integration tiles found on this page');
    expect(page.$('[data-testid="open-detection-settings"]')?.getAttribute('href')).toBe('/options.html');
    expect(page.root.textContent).not.toContain('No integration needs attention');
    page.unmount();
  });
});

describe('badge', () => {
  const look = (integrations: IntegrationSummary[], onPage = true) => badgeLook(countHealth(report(integrations, onPage)));

  it('red count wins, even with unreadable tiles', () => {
    expect(look([tile('Stripe', 'needs-attention'), tile('PayPal', 'unknown')])).toMatchObject({ text: '1', alert: true });
    expect(look([tile('Stripe', 'needs-attention'), tile('PayPal', 'unknown')]).title).toBe(
      'Stripe Reconnect Assistant: 1 integration needs attention; the status of 1 could not be read',
    );
  });

  it('? when some status is unknown and none is red', () => {
    const badge = look([tile('Stripe', 'connected'), tile('PayPal', 'unknown'), tile('Zoom', 'unknown')]);
    expect(badge).toMatchObject({ text: '?', alert: false });
    expect(badge.title).toBe('Stripe Reconnect Assistant: the status of 2 integrations could not be read');
  });

  it('? when the Integrations page shows no tile; nothing off the page or when all is read', () => {
    expect(look([]).text).toBe('?');
    expect(look([], false).text).toBe('');
    expect(look([tile('Stripe', 'connected')]).text).toBe('');
  });
});

describe('plural forms come from the locale, one and other', () => {
  afterEach(() => useTestLocale('en'));
  const title = (integrations: IntegrationSummary[]) => badgeLook(countHealth(report(integrations))).title;

  it.each([
    [[tile('Stripe', 'needs-attention')], 'Stripe Reconnect Assistant: 1 integration needs attention'],
    [[tile('Stripe', 'needs-attention'), tile('Zoom', 'needs-attention')], 'Stripe Reconnect Assistant: 2 integrations need attention'],
  ])('English badge %#', (integrations, expected) => expect(title(integrations)).toBe(expected));

  it('in Spanish: the headline, the badge and the unreadable note agree in number', async () => {
    useTestLocale('es');
    const page = await popupFor(report([tile('Stripe', 'needs-attention'), tile('Zoom', 'needs-attention'), tile('PayPal', 'unknown')]));
    expect(page.text('#health-title')).toBe('2 integraciones necesitan atención');
    expect(page.text('[data-testid="health-unreadable"]')).toBe('No se pudo leer el estado de otra integración.');
    expect(page.text('.pill.unknown')).toBe('Sin determinar');
    page.unmount();
    expect(title([tile('Stripe', 'needs-attention')])).toBe('Asistente de reconexión de Stripe: 1 integración necesita atención');
    expect(title([tile('Stripe', 'connected'), tile('Zoom', 'unknown'), tile('PayPal', 'unknown')])).toBe(
      'Asistente de reconexión de Stripe: no se pudo leer el estado de 2 integraciones',
    );
  });

  it('"Show all" counts in the same forms: one integration is not "all 1 integrations"', async () => {
    const page = await popupFor(report([tile('Stripe', 'connected')]));
    expect(page.text('button.link')).toBe('Show the 1 integration');
    page.unmount();
  });
});
