import type { Ref } from 'preact';
import { t } from '../../lib/i18n';
import type { ProfileSite } from '../../lib/protocol-values';
import { SITE_PROFILES } from '../../lib/site-profiles';
import type { ActiveProfileState } from './describe-active-profile';
import { savedWhen } from './describe-active-profile';
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
  const when = state.source === 'default' ? '' : savedWhen(state.savedAt);
  return (
    <div class="profile-state" data-testid="profile-source" data-source={state.source}>
      <p ref={summaryRef} tabIndex={-1}>
        {t('options.formatVersion')} <span data-testid="profile-version">{SITE_PROFILES[site].version}</span>.{' '}
        {state.source === 'default' && (
          <>
            <span class="pill not-configured">{t('options.builtInPill')}</span> {t('options.builtInInForce')}
            {state.profile.revision ? <span class="muted"> {t('options.revision', { revision: state.profile.revision })}</span> : null}.{' '}
            {t('options.noOverrideSaved')}
          </>
        )}
        {state.source === 'override' && (
          <>
            <span class="pill connected">{t('options.overridePill')}</span> {t('options.overrideSaved', { when })}
          </>
        )}
        {state.source === 'unusable-override' && (
          <>
            <span class="pill needs-attention">{t('options.unusablePill')}</span> {t('options.unusableExplained', { when })}
          </>
        )}
      </p>
      {state.source === 'unusable-override' && (
        <ProfileErrors id={`${site}-stored-override-errors`} errors={state.errors} intro={t('options.storedProblemsIntro')} />
      )}
      {state.source !== 'default' && <ResetOverride site={site} savedWhen={when} onReset={onReset} />}
      <details class="profile-json" open>
        <summary>{t('options.activeJsonSummary')}</summary>
        {/* Focusable so it scrolls from the keyboard; a region, because a plain <pre> cannot carry a name. */}
        <pre tabIndex={0} role="region" aria-label={t('options.activeJsonLabel')} data-testid="active-profile-json">
          {json}
        </pre>
      </details>
    </div>
  );
}
