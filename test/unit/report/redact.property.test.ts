/**
 * The report's redactor, as a property: secrets of every shape it knows, hidden in random text, never leave in the
 * report data, its Markdown or its summary, and their last 4 characters always do.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactReportDeep, redactReportText } from '../../../lib/report/redact';
import { buildSupportReport } from '../../../lib/report/support-report';
import { reportMarkdown, reportSummary } from '../../../components/report/report-text';
import { inputs, mismatchGuide } from './fixtures';

const SEED = 17_2026;
const alnum = (min: number, max: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9]{${min},${max}}$`));

/** Secrets of each shape, all 8 characters or more. */
const secret = fc.oneof(
  fc.tuple(fc.constantFrom('pk_live_', 'pk_test_', 'sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'PK_LIVE_'), alnum(1, 99)).map(([p, b]) => p + b),
  alnum(3, 40).map((b) => `acct_${b}`),
  fc.tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,20}$/), alnum(1, 12), fc.constantFrom('com', 'es', 'co.uk', 'io')).map(([u, d, tld]) => `${u}@${d}.${tld}`),
).filter((s) => s.length >= 8);

/** Whatever can sit around a secret on a page or in a message: words, punctuation, Markdown, other shapes' prefixes. */
const gap = fc.constantFrom(' ', '\n', ', ', ': ', ' (', ') ', ' “', '” ', ' «', '» ', ' | ', ' *', '* ', ' `', '` ', '\t', ' <', '> ', ' acct_ ', ' pk_ ', ' @ ');
const filler = fc.oneof(fc.constantFrom('', 'Stripe', 'Kartra', 'account', 'key', 'desk_top', 'sk_x', '…'), fc.string({ maxLength: 12 }).map((s) => s.replace(/[A-Za-z0-9_@.%+-]/g, ' ')));

/** A text with secrets in it, and the secrets. */
const textWithSecrets = fc.array(fc.tuple(filler, gap, secret, gap), { minLength: 1, maxLength: 5 }).map((parts) => ({
  text: parts.map(([f, g1, s, g2]) => `${f}${g1}${s}${g2}`).join(''),
  secrets: parts.map(([, , s]) => s),
}));

/** Anything still shaped like a secret, 8 characters or more, in `text`. */
const SHAPES = [/[psr]k_(?:live|test)_[A-Za-z0-9]+/gi, /acct_[A-Za-z0-9]+/gi, /[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gi];
function survivors(text: string): string[] {
  return SHAPES.flatMap((shape) => [...text.matchAll(shape)].map((m) => m[0])).filter((found) => found.length >= 8);
}

function expectHidden(output: string, secrets: string[]) {
  expect(survivors(output)).toEqual([]);
  for (const s of secrets) {
    expect(output).not.toContain(s);
    expect(output).toContain(s.slice(-4));
  }
}

describe('report redactor', () => {
  it.each([
    ['pk_live_51AbCdEfGhIjKlMnOp', 'pk_live_…MnOp'],
    ['see acct_1AbcdefGH9xYz.', 'see acct_…9xYz.'],
    ['jane.doe@example.com', '…@….com'],
    ['https://app.kartra.com/x?code=ac_123456789&state=abcdefghij', 'https://app.kartra.com/x?code=…6789&state=…ghij'],
    ['(sk_test_ABCDEFGH)', '(sk_test_…EFGH)'],
    ['desk_top sk_abc acct_12', 'desk_top sk_abc acct_12'],
  ])('%j becomes %j', (input, expected) => {
    expect(redactReportText(input)).toBe(expected);
  });

  it('changes nothing the second time', () => {
    fc.assert(
      fc.property(textWithSecrets, ({ text }) => {
        const once = redactReportText(text);
        expect(redactReportText(once)).toBe(once);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('leaves no secret in any text, and its last 4 characters', () => {
    fc.assert(
      fc.property(textWithSecrets, ({ text, secrets }) => expectHidden(redactReportText(text), secrets)),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('leaves none in the report data, its Markdown or its summary, wherever the secrets came in', () => {
    fc.assert(
      fc.property(textWithSecrets, textWithSecrets, textWithSecrets, (name, error, tile) => {
        const guide = mismatchGuide({
          candidate: { name: name.text.slice(0, 120), accountId: 'acct_1PqRsTuVwXyZ9xYz', verdict: 'different-account' },
          stripeError: { error: 'invalid_scope', description: error.text.slice(0, 500) },
          outcome: undefined,
          history: [
            { at: 1, stepId: 'choose-account', event: 'account-selected', params: { name: name.text.slice(0, 200) }, source: 'observed' },
            { at: 2, stepId: 'troubleshoot', event: 'stripe-error-page', params: { error: error.text.slice(0, 200) }, source: 'observed' },
          ],
        });
        const base = inputs({ guide });
        const health = {
          ...base.health!,
          report: { ...base.health!.report, integrations: [{ ...base.health!.report.integrations[0]!, name: tile.text.slice(0, 80) }] },
        };
        const report = buildSupportReport({ ...base, health });
        // Secrets cut by a field's cap are not whole any more: check the ones that fit.
        const fits = (secrets: string[], text: string, cap: number) => secrets.filter((s) => text.slice(0, cap).includes(s));
        const all = [...fits(name.secrets, name.text, 120), ...fits(error.secrets, error.text, 500), ...fits(tile.secrets, tile.text, 80)];
        expect(redactReportDeep(report)).toEqual(report);
        expectHidden(JSON.stringify(report), all);
        expectHidden(reportMarkdown(report, { png: 'x.png' }), all);
        expect(survivors(reportSummary(report))).toEqual([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
