import { describe, expect, it } from 'vitest';
import { readAuthorizeParams } from '../../../lib/stripe/authorize-params';

describe('readAuthorizeParams', () => {
  it('reads the OAuth parameters of an authorize URL', () => {
    const url =
      'https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_FAKE0000&scope=read_write&state=FAKE%20STATE&redirect_uri=https%3A%2F%2Fapp.kartra.com%2Fstripe%2Fcallback';
    expect(readAuthorizeParams(url)).toEqual({
      isAuthorizePath: true,
      response_type: 'code',
      client_id: 'ca_FAKE0000',
      scope: 'read_write',
      state: 'FAKE STATE',
      redirect_uri: 'https://app.kartra.com/stripe/callback',
    });
  });

  it('accepts the v2 path and a trailing slash', () => {
    expect(readAuthorizeParams('https://connect.stripe.com/oauth/v2/authorize?client_id=ca_X').isAuthorizePath).toBe(true);
    expect(readAuthorizeParams('https://connect.stripe.com/oauth/authorize/').isAuthorizePath).toBe(true);
  });

  it('is tolerant: missing, empty and repeated parameters', () => {
    expect(readAuthorizeParams('https://connect.stripe.com/oauth/authorize')).toEqual({ isAuthorizePath: true });
    expect(readAuthorizeParams('https://connect.stripe.com/oauth/authorize?scope=&state=%20')).toEqual({ isAuthorizePath: true });
    expect(readAuthorizeParams('https://connect.stripe.com/oauth/authorize?state=a&state=b').state).toBe('a');
  });

  it('other paths and broken input', () => {
    expect(readAuthorizeParams('https://connect.stripe.com/oauth/token?client_id=ca_X')).toEqual({
      isAuthorizePath: false,
      client_id: 'ca_X',
    });
    expect(readAuthorizeParams('not a url')).toEqual({ isAuthorizePath: false });
    expect(readAuthorizeParams('')).toEqual({ isAuthorizePath: false });
    expect(readAuthorizeParams(`https://connect.stripe.com/oauth/authorize?state=${'a'.repeat(1 << 20)}`)).toEqual({
      isAuthorizePath: false,
    });
    expect(readAuthorizeParams(undefined as unknown as string)).toEqual({ isAuthorizePath: false });
  });

  it('caps long values', () => {
    const params = readAuthorizeParams(`https://connect.stripe.com/oauth/authorize?state=${'s'.repeat(5000)}`);
    expect(params.state).toHaveLength(2048);
  });
});
