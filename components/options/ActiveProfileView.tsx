import type { Ref } from 'preact';
import type { ProfileSite } from '../../lib/protocol-values';
import { SITE_PROFILES } from '../../lib/site-profiles';
import type { ActiveProfileState } from './describe-active-profile';
import { formatSavedAt } from './describe-active-profile';
import { ProfileErrors } from './ProfileErrors';
import { ResetOverride } from './ResetOverride';

/** Which profile is in force (its source and format version), since when, and the whole of it as JSON (read-only). */
export function ActiveProfileView({
  site,
  state,
  json,
  summaryRef,
  onReset,
}: {
  site: ProfileSite;
  state: ActiveProfileState<{ revision?: string | undefined }>;
  json: string;
  summaryRef: Ref<HTMLParagraphElement>;
  onReset(ok: boolean, error?: string): void;
}) {
  const when = state.source === 'default' || state.savedAt === undefined ? '' : `at ${formatSavedAt(state.savedAt)}`;
  return (
    <div class="profile-state" data-testid="profile-source" data-source={state.source}>
      <p ref={summaryRef} tabIndex={-1}>
        Profile format version <span data-testid="profile-version">{SITE_PROFILES[site].version}</span>.{' '}
        {state.source === 'default' && (
          <>
            <span class="pill not-configured">Built-in profile</span> in force
            {state.profile.revision ? <span class="muted"> (revision {state.profile.revision})</span> : null}. No
            override is saved.
          </>
        )}
        {state.source === 'override' && (
          <>
            <span class="pill connected">Override active</span> saved {when}, merged onto the built-in profile.
          </>
        )}
        {state.source === 'unusable-override' && (
          <>
            <span class="pill needs-attention">Override unusable</span> The override saved {when || 'earlier'} does not
            pass this version’s checks, so the built-in profile is in force.
          </>
        )}
      </p>
      {state.source === 'unusable-override' && (
        <ProfileErrors id={`${site}-stored-override-errors`} errors={state.errors} intro="Problems in the saved override:" />
      )}
      {state.source !== 'default' && <ResetOverride site={site} savedWhen={when || 'earlier'} onReset={onReset} />}
      <details class="profile-json" open>
        <summary>Active profile (JSON, read-only)</summary>
        {/* Focusable so it scrolls from the keyboard; a region, because a plain <pre> cannot carry a name. */}
        <pre tabIndex={0} role="region" aria-label="Active profile as JSON" data-testid="active-profile-json">
          {json}
        </pre>
      </details>
    </div>
  );
}
