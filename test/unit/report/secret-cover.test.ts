import { afterEach, describe, expect, it } from 'vitest';
import { coverSecrets, uncoverSecrets } from '../../../lib/content/secret-cover';
import { isTabMessage } from '../../../lib/tab-messages';

const hosts = () => [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);

describe('secret cover', () => {
  afterEach(() => {
    uncoverSecrets();
    document.body.innerHTML = '';
  });

  it('draws a box per secret in view, in a host of its own, and takes it away again', () => {
    document.body.innerHTML = `<p>Key pk_live_51AbCdEfGhIjKlMnOpQr and acct_1AbcdefGH9xYz, short acct_12</p><input value="jane.doe@example.com">`;
    const text = document.body.innerHTML;
    // happy-dom lays no text out (a text range has no boxes): the field's box is what shows here; the e2e test
    // (test/e2e/support-report.e2e.ts) checks the text's boxes by their pixels.
    expect(coverSecrets()).toBeGreaterThanOrEqual(1);
    expect(hosts()).toHaveLength(1);
    // The page itself is not touched: its text stays as it was.
    expect(document.body.innerHTML).toBe(text);
    expect(uncoverSecrets()).toBe(true);
    expect(hosts()).toHaveLength(0);
    expect(uncoverSecrets()).toBe(false);
  });

  it('covers a page with no secret too (zero boxes), so the capture may go ahead', () => {
    document.body.innerHTML = '<p>Nothing to hide</p>';
    expect(coverSecrets()).toBe(0);
    expect(hosts()).toHaveLength(1);
  });

  it('takes only the exact cover and uncover messages', () => {
    expect(isTabMessage({ type: 'content/cover' })).toBe(true);
    expect(isTabMessage({ type: 'content/uncover' })).toBe(true);
    expect(isTabMessage({ type: 'content/cover', all: true })).toBe(false);
  });
});

describe('secret cover in shadow roots', () => {
  afterEach(() => {
    uncoverSecrets();
    document.body.innerHTML = '';
  });

  it('covers a field inside a page component’s open shadow root', () => {
    const widget = document.createElement('div');
    widget.attachShadow({ mode: 'open' }).innerHTML = '<input value="pk_live_51AbCdEfGhIjKlMnOpQr">';
    document.body.append(widget);
    expect(coverSecrets()).toBe(1);
  });
});
