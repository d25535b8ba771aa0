import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { profileLayers } from '../../../lib/background/profile-layers';
import { profileInUseOf } from '../../../lib/report/profile-in-use';
import { stripeProfileOverrideItem } from '../../../lib/storage';
import { reportFileStem, reportMarkdown, reportSummary } from '../../../components/report/report-text';
import { buildSupportReport } from '../../../lib/report/support-report';
import { fakeManagedStorage, useTestLocale } from '../support/fake-browser-gaps';
import { ACCOUNT_ID, inputs, PAGE_KEY } from './fixtures';

const FILES = { png: 'support-report-x.png' };

describe('support report in words', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => useTestLocale('en'));

  it('builds the report data from the guide and the tab: codes and values, redacted', () => {
    const report = buildSupportReport(inputs());
    expect(report.diagnosisId).toBe('kartra-account-mismatch');
    expect(report.guide?.candidate).toEqual({ name: 'Acme (…@….com)', accountId: 'acct_…9xYz', verdict: 'different-account' });
    expect(report.guide?.steps.map((s) => s.stepId)).toEqual(['why-reconnect', 'before-you-begin', 'choose-account']);
    expect(report.guide?.originalKeyEnd).toBe('1234');
    expect(report.pageUrl).toBe('https://app.kartra.com/integrations?code=…2345&state=…6789');
    expect(JSON.stringify(report)).not.toContain(PAGE_KEY);
    expect(JSON.stringify(report)).not.toContain(ACCOUNT_ID);
  });

  it('writes the Markdown in English: diagnosis, what was tried, detection, profiles, environment', () => {
    const md = reportMarkdown(buildSupportReport(inputs()), FILES);
    expect(md).toMatch(/^# Support report: Stripe reconnection\n/);
    expect(md).toContain('Built Nov 14, 2023, 10:13:30 PM by Stripe Reconnect Assistant 1.2.3 in Firefox 140.0. All times are in the time zone UTC.');
    expect(md).toContain('Attached as support-report-x.png.');
    // Kartra's own message, quoted as Kartra shows it, and our explanation.
    expect(md).toContain('**Stripe account does not match**');
    expect(md).toMatch(/What happened: .+\n\nWhy: .+\n\nFix:\n1\. /);
    expect(md).toContain('- Kartra showed: “Stripe account does not match”');
    expect(md).toContain('Guide for Stripe: in progress, now at “');
    expect(md).toContain('“Acme (…@….com)” (acct_…9xYz): not the account Kartra used before.');
    expect(md).toContain('Publishable key Kartra showed: …1234');
    expect(md).toMatch(/- Nov 14, 2023, 10:13:25 PM: .+Acme \(…@….com\)/);
    expect(md).toContain('“Stripe”: needs attention (90 % sure). Why: ');
    expect(md).toContain('Reconnect acct_…9xYz');
    expect(md).toContain('- Kartra: built-in, format version 1.');
    expect(md).toContain('- Stripe: the agent’s override, saved Nov 14, 2023, 10:13:20 PM, format version 1.'.replace('’', "'"));
    expect(md).toContain('<https://app.kartra.com/integrations?code=…2345&state=…6789>');
  });

  it('says what the team’s policy did to each profile: its profile in force, under the agent’s, ignored, own changes forbidden', async () => {
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: { version: 1, bannerWords: ['team'] }, stripeProfileOverride: 'not json', allowAgentOverrides: false });
    const profiles = {
      kartra: profileInUseOf(await profileLayers('kartra'), 1),
      stripe: profileInUseOf(await profileLayers('stripe'), 1),
    };
    expect(profiles).toEqual({ kartra: { source: 'managed', version: 1, agentForbidden: true }, stripe: { source: 'default', version: 1, team: 'invalid', agentForbidden: true } });
    const md = reportMarkdown(buildSupportReport({ ...inputs(), profiles }), FILES);
    expect(md).toContain("- Kartra: the team's policy profile, format version 1. The team's policy does not allow the agent's own changes.");
    expect(md).toContain("- Stripe: built-in, format version 1. The team's policy profile could not be used and was ignored. The team's policy");
    await fakeManagedStorage.setPolicy({ stripeProfileOverride: { version: 1 }, allowAgentOverrides: true });
    await stripeProfileOverrideItem.setValue({ json: '{"version": 1}', savedAt: 7 });
    const under = profileInUseOf(await profileLayers('stripe'), 1);
    expect(under).toEqual({ source: 'override', version: 1, savedAt: 7, team: 'under' });
    expect(reportMarkdown(buildSupportReport({ ...inputs(), profiles: { ...profiles, stripe: under } }), FILES)).toMatch(
      /- Stripe: the agent's override, saved .+, format version 1\. The team's policy profile is applied under it\./,
    );
  });

  it('says why there is no screenshot, and quotes Stripe’s error as Stripe wrote it', () => {
    const base = inputs();
    const guide = { ...base.guide!, outcome: undefined, stripeError: { error: 'invalid_scope', description: 'Invalid scope: read_only_x' } };
    const report = buildSupportReport({ ...base, guide, health: undefined, screenshot: { captured: false, missing: 'not-covered' } });
    const md = reportMarkdown(report, FILES);
    expect(md).toContain('No screenshot: the page could not be prepared for it');
    expect(md).toContain("- Stripe's error: invalid_scope: “Invalid scope: read_only_x”");
    expect(md).toContain('This tab was not read as Kartra\'s Integrations page.');
    expect(report.diagnosisId).toBe('stripe-invalid-scope');
  });

  it('writes a short summary for the clipboard, with the step count as a plural', () => {
    const summary = reportSummary(buildSupportReport(inputs()));
    expect(summary.split('\n')).toEqual([
      'Stripe reconnection support report, Nov 14, 2023, 10:13:30 PM (UTC)',
      expect.stringMatching(/^Error: Stripe account does not match: /),
      'Account chosen: “Acme (…@….com)” (acct_…9xYz): not the account Kartra used before.',
      expect.stringMatching(/^Guide: at “.+”, 3 steps done\.$/),
      'Stripe tile: needs attention.',
      'Screenshot: attached, secrets covered.',
      'Stripe Reconnect Assistant 1.2.3, Firefox 140.0.',
    ]);
    const one = buildSupportReport(inputs({ guide: { ...inputs().guide!, completed: { 'why-reconnect': 1 } } }));
    expect(reportSummary(one)).toMatch(/, 1 step done\./);
  });

  it('writes both in Spanish, quoting Kartra’s message in English as Kartra shows it', () => {
    useTestLocale('es');
    const report = buildSupportReport(inputs());
    const md = reportMarkdown(report, FILES);
    expect(md).toMatch(/^# Informe para soporte: reconexión de Stripe\n/);
    expect(md).toContain('## Diagnóstico');
    expect(md).toContain('## Qué se intentó');
    expect(md).toContain('- Kartra mostró: «Stripe account does not match»');
    expect(md).toContain('«Acme (…@….com)» (acct_…9xYz): no es la cuenta que Kartra usaba antes.');
    expect(md).toContain('Todas las horas están en la zona horaria UTC.');
    expect(md).not.toMatch(/What happened|Steps done|Site profiles|Screenshot/);
    const summary = reportSummary(report);
    expect(summary).toContain('3 pasos hechos');
    expect(summary).toContain('Captura de pantalla: adjunta');
  });

  it('names the files by the time they were built', () => {
    expect(reportFileStem(buildSupportReport(inputs()))).toMatch(/^support-report-\d{8}-\d{6}$/);
  });
});
