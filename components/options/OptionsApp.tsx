import { apiOriginFromSearch } from '../../lib/online-check-session';
import { tabIdFromSearch } from '../../lib/pages/target-tab';
import { OnlineCheck } from '../shared/OnlineCheck';
import { ProfileSettings } from './ProfileSettings';
import { StripeProfileView } from './StripeProfileView';

/** The options page: the detection profile and the optional online account check. */
export function OptionsApp({ search }: { search: string }) {
  const tabId = tabIdFromSearch(search);
  const apiOrigin = apiOriginFromSearch(search);
  return (
    <main class="options">
      <header>
        <h1>Stripe Reconnect Assistant · Settings</h1>
      </header>
      <section class="options-card" aria-labelledby="profile-title" data-testid="profile-section">
        <h2 id="profile-title">Detection profile</h2>
        <p class="muted">
          The words, hints and colours used to read Kartra’s Integrations page. When Kartra changes its page, paste an
          updated profile here: no new release needed.
        </p>
        <ProfileSettings />
      </section>
      <section class="options-card" aria-labelledby="stripe-profile-title" data-testid="stripe-profile-section">
        <h2 id="stripe-profile-title">Stripe pages profile</h2>
        <p class="muted">The words used to read Stripe’s sign-in, account picker and dashboard pages.</p>
        <StripeProfileView />
      </section>
      <section class="options-card" aria-labelledby="online-title" data-testid="online-section">
        <h2 id="online-title">Online account check (optional)</h2>
        <OnlineCheck referenceTabId={tabId} apiOrigin={apiOrigin} />
      </section>
    </main>
  );
}
