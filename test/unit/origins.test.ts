import { describe, expect, it } from 'vitest';
import { siteRoleOf } from '../../lib/origins';

describe('siteRoleOf', () => {
  it.each([
    ['https://app.kartra.com/integrations', 'kartra-app'],
    ['https://connect.stripe.com/oauth/authorize?client_id=ca_1', 'stripe-connect'],
    ['https://dashboard.stripe.com/acct_1AbCdEfGhIjKlMnO/apikeys', 'stripe-dashboard'],
  ])('%s is %s', (url, role) => expect(siteRoleOf(url, false)).toBe(role));

  it.each([
    'https://app-kartra.com/integrations',
    'https://connect.stripe.com.evil.test/oauth/authorize',
    'http://app.kartra.com/integrations',
    'https://app.kartra.com.evil.test/',
    'https://evil.test/?https://app.kartra.com/',
    'https://kartra.com/',
    'not a url',
    '',
  ])('look-alike or broken %s is nobody', (url) => expect(siteRoleOf(url, true)).toBeUndefined());

  it('accepts sandbox hosts only when asked to', () => {
    expect(siteRoleOf('http://app.kartra.localhost:8790/integrations', false)).toBeUndefined();
    expect(siteRoleOf('http://app.kartra.localhost:8790/integrations', true)).toBe('kartra-app');
    expect(siteRoleOf('https://app.kartra.localhost/integrations', true)).toBeUndefined();
  });
});
