import { describe, expect, it } from 'vitest';
import { profileFrom } from '../../lib/content/active-profile';
import { DEFAULT_SITE_PROFILE } from '../../lib/kartra/default-site-profile';
import { parseSiteProfileOverride } from '../../lib/kartra/site-profile';

describe('the profile a content script uses', () => {
  it('applies a partial override the way the options page validated it: merged onto the defaults', () => {
    const json = JSON.stringify({ version: 1, bannerWords: ['stripe', 'payments paused'] });
    const validated = parseSiteProfileOverride(json);
    expect(validated.ok).toBe(true);
    const active = profileFrom({ json, savedAt: 1 });
    expect(active.source).toBe('override');
    expect(active.profile.bannerWords).toEqual(['stripe', 'payments paused']);
    // Everything the override does not name stays as built in.
    expect(active.profile.integrations).toEqual(DEFAULT_SITE_PROFILE.integrations);
    expect(JSON.parse(JSON.stringify(active.profile))).toEqual(JSON.parse(JSON.stringify(validated.ok && validated.profile)));
  });

  it('falls back to the built-in profile for nothing stored, broken JSON or junk', () => {
    for (const stored of [null, undefined, 'text', { json: '{not json', savedAt: 1 }, { json: 42 }, { json: '[1,2]', savedAt: 1 }]) {
      expect(profileFrom(stored).source, JSON.stringify(stored)).toBe('default');
    }
  });

  it('keeps a __proto__ key in an override from reaching any prototype', () => {
    const active = profileFrom({ json: '{"version":1,"__proto__":{"polluted":true}}', savedAt: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(active.profile.integrations).toEqual(DEFAULT_SITE_PROFILE.integrations);
  });
});
