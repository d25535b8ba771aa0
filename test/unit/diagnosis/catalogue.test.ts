import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CATALOGUE,
  diagnoseFromText,
  diagnoseFromUrl,
  getCatalogueEntry,
  type CatalogueId,
  type Diagnosis,
} from '../../../lib/diagnosis/catalogue';
import { diagnosisText } from '../../../components/text/diagnosis';
import { useTestLocale } from '../support/fake-browser-gaps';

const CatalogueEntrySchema = z.strictObject({
  id: z.string(),
  source: z.enum(['kartra', 'stripe']),
  trigger: z.string(),
});

const textOf = (id: CatalogueId) => diagnosisText(getCatalogueEntry(id));

function idOf(diagnosis: Diagnosis): string {
  if (diagnosis.status === 'found') return diagnosis.entry.id;
  if (diagnosis.status === 'ambiguous') return `ambiguous:${diagnosis.entries.map((e) => e.id).join(',')}`;
  return 'none';
}

const KARTRA: Array<[string, CatalogueId]> = [
  ['Stripe account does not match', 'kartra-account-mismatch'],
  ['Ineligible account', 'kartra-ineligible-account'],
  ['User denied request', 'kartra-user-denied'],
  ['Account already integrated', 'kartra-already-integrated'],
];
const STRIPE: Array<[string, CatalogueId]> = [
  ['invalid_scope', 'stripe-invalid-scope'],
  ['invalid_redirect_uri', 'stripe-invalid-redirect-uri'],
  ['invalid_request', 'stripe-invalid-request'],
  ['unsupported_response_type', 'stripe-unsupported-response-type'],
  ['access_denied', 'stripe-access-denied'],
];

describe('catalogue entries', () => {
  it('has exactly the four Kartra messages and the five Stripe errors, with unique ids', () => {
    expect(CATALOGUE.map((e) => e.id).sort()).toEqual([...KARTRA, ...STRIPE].map(([, id]) => id).sort());
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(CATALOGUE.length);
  });

  it.each(CATALOGUE.map((entry) => [entry.id, entry] as const))('%s is complete and plain, in English and Spanish', (_id, entry) => {
    expect(CatalogueEntrySchema.safeParse(entry).success).toBe(true);
    expect(getCatalogueEntry(entry.id)).toBe(entry);
    const english = diagnosisText(entry);
    useTestLocale('es');
    try {
      const spanish = diagnosisText(entry);
      for (const words of [english, spanish]) {
        for (const text of [words.title, words.whatHappened, words.why, ...words.fix]) {
          expect(text.trim().length).toBeGreaterThan(3);
          expect(text).not.toMatch(/undefined|TODO|[{}]/);
        }
        expect(words.fix.length).toBeGreaterThanOrEqual(1);
      }
      expect(spanish.why).not.toBe(english.why);
      expect(spanish.fix).toHaveLength(english.fix.length);
    } finally {
      useTestLocale('en');
    }
  });

  it('Kartra entries carry the verbatim message as title and trigger', () => {
    for (const [message, id] of KARTRA) {
      const entry = getCatalogueEntry(id);
      expect(entry.source).toBe('kartra');
      expect(diagnosisText(entry).title).toBe(message);
      expect(entry.trigger).toBe(message);
    }
  });

  it('Stripe entries name their error code', () => {
    for (const [code, id] of STRIPE) {
      const entry = getCatalogueEntry(id);
      expect(entry.source).toBe('stripe');
      expect(entry.trigger).toBe(code);
      expect(diagnosisText(entry).title).toBe(`Stripe error: ${code}`);
    }
  });

  it('content follows the help article and docs/quality.md', () => {
    expect(textOf('kartra-account-mismatch').fix.join(' ')).toMatch(/Publishable key/);
    expect(textOf('kartra-ineligible-account').why).toMatch(/another platform/);
    expect(textOf('kartra-ineligible-account').why).toMatch(/June 2021/);
    expect(textOf('kartra-ineligible-account').why).toMatch(/read_write/);
    expect(textOf('kartra-ineligible-account').fix.join(' ')).toMatch(/[Dd]isconnect/);
    expect(textOf('kartra-user-denied').fix.join(' ')).toMatch(/Connect with Stripe again/);
    expect(textOf('kartra-already-integrated').fix.join(' ')).toMatch(/existing integration/);
    expect(textOf('stripe-access-denied').why).toMatch(/User denied request/);
  });
});

describe('diagnoseFromText', () => {
  it.each(KARTRA)('finds “%s” in a Kartra page', (message, id) => {
    expect(idOf(diagnoseFromText(`Error\n${message}\nClose`))).toBe(id);
  });

  it.each(KARTRA)('tolerates quotes, case and whitespace: %s', (message, id) => {
    const variants = [
      `“${message}”`,
      `"${message}"`,
      `'${message}'`,
      `‘${message}’`,
      message.toUpperCase(),
      message.toLowerCase(),
      message.replace(/ /g, '  \n\t'),
      message.replace(/ /g, '\u00A0'),
      `${message}.`,
      `Error: ${message}!`,
      message.replace(/ /, ' \u200B'),
    ];
    for (const text of variants) expect(idOf(diagnoseFromText(text)), text).toBe(id);
  });

  it.each(STRIPE)('finds the Stripe code %s', (code, id) => {
    expect(idOf(diagnoseFromText(`{"error":"${code}","error_description":"Something"}`))).toBe(id);
    expect(idOf(diagnoseFromText(code.toUpperCase()))).toBe(id);
  });

  it('does not match look-alike phrases or longer codes', () => {
    for (const text of [
      'Stripe account does not matches',
      'Eligible account',
      'The user denied your request',
      'Account already integrated-ish'.replace('integrated', 'integratedx'),
      '{"error":{"type":"invalid_request_error"}}',
      'my_invalid_scope',
      '',
      'Everything worked.',
    ]) {
      expect(idOf(diagnoseFromText(text)), text).toBe('none');
    }
  });

  it('several different messages at once are ambiguous', () => {
    const helpArticle = KARTRA.map(([message]) => `“${message}”`).join('\n');
    const diagnosis = diagnoseFromText(helpArticle);
    expect(diagnosis.status).toBe('ambiguous');
    if (diagnosis.status === 'ambiguous') expect(diagnosis.entries).toHaveLength(4);
  });

  it('Kartra’s “User denied request” next to Stripe’s access_denied is one event', () => {
    expect(idOf(diagnoseFromText('User denied request (access_denied)'))).toBe('kartra-user-denied');
  });

  it('never throws, and copes with 1 MB of text', () => {
    expect(idOf(diagnoseFromText(`${'x '.repeat(1 << 19)}Ineligible account`))).toBe('kartra-ineligible-account');
    expect(idOf(diagnoseFromText(undefined as unknown as string))).toBe('none');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const diagnosis = diagnoseFromText(text);
        return ['none', 'found', 'ambiguous'].includes(diagnosis.status);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('diagnoseFromUrl', () => {
  it('the access_denied redirect is Kartra’s “User denied request”', () => {
    const url =
      'https://app.kartra.com/stripe/callback?error=access_denied&error_description=The%20user%20denied%20your%20request&state=FAKESTATE';
    expect(idOf(diagnoseFromUrl(url))).toBe('kartra-user-denied');
    expect(idOf(diagnoseFromUrl('https://app.kartra.com/cb#error=ACCESS_DENIED'))).toBe('kartra-user-denied');
  });

  it.each(STRIPE.filter(([code]) => code !== 'access_denied'))('error=%s → %s', (code, id) => {
    expect(idOf(diagnoseFromUrl(`https://app.kartra.com/cb?error=${code}`))).toBe(id);
  });

  it.each(KARTRA)('a Kartra URL carrying “%s” in a parameter', (message, id) => {
    expect(idOf(diagnoseFromUrl(`https://app.kartra.com/integrations?msg=${encodeURIComponent(message)}`))).toBe(id);
    expect(idOf(diagnoseFromUrl(`https://app.kartra.com/integrations?msg=${encodeURIComponent(`“${message.toUpperCase()}”`)}`))).toBe(
      id,
    );
  });

  it('nothing to diagnose', () => {
    for (const url of [
      'https://app.kartra.com/stripe/callback?code=ac_FAKE&scope=read_write&state=FAKESTATE',
      'https://app.kartra.com/cb?error=__proto__',
      'https://app.kartra.com/cb?error=constructor',
      'https://app.kartra.com/cb?error=something_new',
      'not a url',
      '',
      `https://app.kartra.com/?q=${'a'.repeat(1 << 20)}`,
    ]) {
      expect(idOf(diagnoseFromUrl(url)), url.slice(0, 80)).toBe('none');
    }
  });
});
