import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../lib/protocol';

describe('parseMessage', () => {
  it('never throws, whatever arrives (10,000 arbitrary values)', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }), (value) => {
        expect(() => parseMessage(value)).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
  });

  it('never accepts random objects that merely carry a known type', () => {
    const types = ['health/report', 'guide/observed', 'guide/command', 'panel/open', 'guide/show-me'];
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.dictionary(fc.string(), fc.anything()), (type, extra) => {
        const candidate = { ...extra, type, zzUnexpected: 1 };
        expect(parseMessage(candidate)).toBeUndefined();
      }),
      { numRuns: 5_000 },
    );
  });

  it('rejects unknown types, extra keys and __proto__ payloads', () => {
    expect(parseMessage({ type: 'tab/steal-everything' })).toBeUndefined();
    expect(parseMessage({ type: 'profile/clear-override', site: 'stripe', extra: true })).toBeUndefined();
    expect(parseMessage(JSON.parse('{"type":"profile/clear-override","site":"stripe","__proto__":{"admin":true}}'))).toBeUndefined();
    // The site is a closed set: no profile for a site the extension does not read, and none without a site.
    expect(parseMessage({ type: 'profile/active', site: 'paypal' })).toBeUndefined();
    expect(parseMessage({ type: 'profile/active' })).toBeUndefined();
    expect(parseMessage({ type: 'guide/command', tabId: -1, command: 'next' })).toBeUndefined();
    expect(parseMessage({ type: 'guide/command', tabId: 3, command: 'self-destruct' })).toBeUndefined();
  });

  it('accepts well-formed messages', () => {
    expect(parseMessage({ type: 'profile/clear-override', site: 'kartra' })).toEqual({ type: 'profile/clear-override', site: 'kartra' });
    expect(parseMessage({ type: 'profile/active', site: 'stripe' })).toEqual({ type: 'profile/active', site: 'stripe' });
    expect(parseMessage({ type: 'guide/command', tabId: 3, command: 'next' })).toEqual({ type: 'guide/command', tabId: 3, command: 'next' });
  });

  it('caps strings from pages', () => {
    const huge = 'x'.repeat(300);
    expect(parseMessage({ type: 'guide/observed', observation: { kind: 'tile-menu-opened', integration: huge } })).toBeUndefined();
  });
});
