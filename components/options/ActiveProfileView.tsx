import type { Ref } from 'preact';
import type { ActiveProfileState } from './describe-active-profile';
import { formatSavedAt } from './describe-active-profile';
import { ProfileErrors } from './ProfileErrors';
import { ResetOverride } from './ResetOverride';

/** Which profile is in force, since when, and the whole of it as JSON (read-only). */
export function ActiveProfileView({
  state,
  json,
  summaryRef,
  onReset,
}: {
  state: ActiveProfileState;
  json: string;
  summaryRef: Ref<HTMLParagraphElement>;
  onReset(ok: boolean, error?: string): void;
}) {
  const when = state.source === 'default' || state.savedAt === undefined ? '' : `at ${formatSavedAt(state.savedAt)}`;
  return (
    <div class="profile-state" data-testid="profile-source" data-source={state.source}>
      <p ref={summaryRef} tabIndex={-1}>
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
        <ProfileErrors id="stored-override-errors" errors={state.errors} intro="Problems in the saved override:" />
      )}
      {state.source !== 'default' && <ResetOverride savedWhen={when || 'earlier'} onReset={onReset} />}
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
