import { DEFAULT_STRIPE_PROFILE } from '../../lib/stripe/default-stripe-profile';

/** The Stripe site profile in force, with its format version and revision, and the whole of it as JSON (read-only). */
export function StripeProfileView() {
  const { version, revision } = DEFAULT_STRIPE_PROFILE;
  return (
    <div class="profile-state" data-testid="stripe-profile">
      <p>
        <span class="pill not-configured">Built-in profile</span> in force: format version{' '}
        <span data-testid="stripe-profile-version">{version}</span>
        {revision ? <span class="muted"> (revision {revision})</span> : null}.
      </p>
      <details class="profile-json">
        <summary>Stripe profile (JSON, read-only)</summary>
        <pre tabIndex={0} role="region" aria-label="Stripe profile as JSON" data-testid="stripe-profile-json">
          {JSON.stringify(DEFAULT_STRIPE_PROFILE, null, 2)}
        </pre>
      </details>
    </div>
  );
}
