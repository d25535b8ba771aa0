import { t } from '../../lib/i18n';
import { apiOriginFromSearch } from '../../lib/online-check-session';
import { tabIdFromSearch } from '../../lib/pages/target-tab';
import { OnlineCheck } from '../shared/OnlineCheck';
import { ProfileSettings } from './ProfileSettings';
import { TaughtChanges } from './TaughtChanges';

/** The options page: the detection profiles, what was taught on the page, and the optional online account check. */
export function OptionsApp({ search }: { search: string }) {
  const tabId = tabIdFromSearch(search);
  const apiOrigin = apiOriginFromSearch(search);
  return (
    <main class="options">
      <header>
        <h1>{t('options.title')}</h1>
      </header>
      <section class="options-card" aria-labelledby="profile-title" data-testid="profile-section">
        <h2 id="profile-title">{t('options.kartraTitle')}</h2>
        <p class="muted">{t('options.kartraIntro')}</p>
        <ProfileSettings site="kartra" />
      </section>
      <section class="options-card" aria-labelledby="stripe-profile-title" data-testid="stripe-profile-section">
        <h2 id="stripe-profile-title">{t('options.stripeTitle')}</h2>
        <p class="muted">{t('options.stripeIntro')}</p>
        <ProfileSettings site="stripe" />
      </section>
      <TaughtChanges />
      <section class="options-card" aria-labelledby="online-title" data-testid="online-section">
        <h2 id="online-title">{t('options.onlineTitle')}</h2>
        <OnlineCheck referenceTabId={tabId} apiOrigin={apiOrigin} />
      </section>
    </main>
  );
}
