import { afterEach, describe, expect, it } from 'vitest';
import { AccountCheck } from '../../../components/sidepanel/AccountCheck';
import type { GuideState } from '../../../lib/guide/guide-state';
import { ACME_PK_LIVE, BETA_PK_LIVE, LEGACY_PK_LIVE } from '../../fixtures/stripe/keys';
import { useTestLocale } from '../support/fake-browser-gaps';
import { mount, type Mounted } from '../options/render';

/** Only what the account check reads of a guide. */
const guideWith = (fields: Partial<GuideState>) => ({ tabId: 7, ...fields }) as GuideState;

let page: Mounted | undefined;
const show = async (guide: GuideState) => {
  page = await mount(<AccountCheck guide={guide} onCheckInStripe={() => undefined} />);
  return page;
};

afterEach(() => {
  page?.unmount();
  page = undefined;
  useTestLocale('en');
});

describe('the side panel’s account check', () => {
  it('shows the original key, its account and the chosen account’s verdict', async () => {
    const view = await show(guideWith({ originalKey: ACME_PK_LIVE, candidate: { name: 'Acme', accountId: 'acct_1FakeAcmeAcct001', verdict: 'same-account' } }));
    expect(view.text('h2')).toBe('Original Stripe account');
    expect(view.text('[data-testid="original-key"]')).toBe(`pk_live_…${ACME_PK_LIVE.slice(-4)}`);
    expect(view.text('[data-testid="candidate"]')).toBe('Chosen in Stripe: Acme (acct_1FakeAcmeAcct001)Matches the original account: this is the one to connect.');
  });

  it('calls an account stored without a name an unnamed account', async () => {
    const view = await show(guideWith({ originalKey: ACME_PK_LIVE, candidate: { name: '', verdict: 'cannot-tell' } }));
    expect(view.text('[data-testid="candidate"] p')).toBe('Chosen in Stripe: an unnamed account');
  });

  it('explains a dashboard key of another account, naming both keys', async () => {
    const view = await show(guideWith({ originalKey: ACME_PK_LIVE, dashboard: { publishableKey: BETA_PK_LIVE, accountName: 'Beta' } as GuideState['dashboard'] }));
    expect(view.text('[data-testid="dashboard-comparison"]')).toBe(
      'Stripe dashboard (Beta): These keys belong to different Stripe accounts: the key in Kartra to acct_…t001, the key in the Stripe dashboard to acct_…t002. ' +
        'In Stripe, select the account whose key matches the one in Kartra.',
    );
  });

  it('speaks Spanish when the browser does', async () => {
    useTestLocale('es');
    const view = await show(guideWith({ originalKey: LEGACY_PK_LIVE, candidate: { name: '', verdict: 'cannot-tell' } }));
    expect(view.text('h2')).toBe('Cuenta de Stripe original');
    expect(view.text('[data-testid="account-check"] dd:last-of-type')).toBe('no figura en la clave (formato de clave antiguo)');
    expect(view.text('[data-testid="candidate"]')).toBe(
      'Elegida en Stripe: una cuenta sin nombreCon la clave sola no se puede saber (formato de clave antiguo). Usa «Comprobar en Stripe» para compararlas.',
    );
  });
});
