import type { Ref } from 'preact';
import { t } from '../../lib/i18n';
import type { ProfileLayers } from '../../lib/policy/profile-layer';
import type { ProfileSite } from '../../lib/protocol-values';
import { SITE_PROFILES } from '../../lib/site-profiles';
import { layerOf, profileSummary, savedWhen } from './describe-active-profile';
import { ProfileErrors } from './ProfileErrors';
import { ProfileOrigins } from './ProfileOrigins';
import { ResetOverride } from './ResetOverride';

/** Which profile is in force (its source and format version), where each part came from, and the whole of it as JSON. */
export function ActiveProfileView({
  site,
  layers,
  json,
  summaryRef,
  onReset,
}: {
  site: ProfileSite;
  layers: ProfileLayers<{ revision?: string | undefined }>;
  json: string;
  summaryRef: Ref<HTMLParagraphElement>;
  onReset(ok: boolean, error?: string): void;
}) {
  const summary = profileSummary(layers);
  const own = layerOf(layers, 'agent');
  const when = savedWhen(own.savedAt);
  const onTeam = layerOf(layers, 'managed').state === 'applied';
  return (
    <div class="profile-state" data-testid="profile-source" data-source={summary}>
      <p ref={summaryRef} tabIndex={-1}>
        {t('options.formatVersion')} <span data-testid="profile-version">{SITE_PROFILES[site].version}</span>.{' '}
        {summary === 'default' && (
          <>
            <span class="pill not-configured">{t('options.builtInPill')}</span> {t('options.builtInInForce')}
            {layers.profile.revision ? <span class="muted"> {t('options.revision', { revision: layers.profile.revision })}</span> : null}.{' '}
            {t('options.noOverrideSaved')}
          </>
        )}
        {summary === 'managed' && (
          <>
            <span class="pill connected">{t('options.layers.teamPill')}</span> {t('options.layers.teamInForce')}
          </>
        )}
        {summary === 'override' && (
          <>
            <span class="pill connected">{t('options.overridePill')}</span>{' '}
            {onTeam ? t('options.layers.overrideSavedOnTeam', { when }) : t('options.overrideSaved', { when })}
          </>
        )}
        {summary === 'unusable-override' && (
          <>
            <span class="pill needs-attention">{t('options.unusablePill')}</span>{' '}
            {onTeam ? t('options.layers.unusableOnTeam', { when }) : t('options.unusableExplained', { when })}
          </>
        )}
        {summary === 'forbidden' && (
          <>
            <span class="pill not-configured">{t('options.layers.forbiddenPill')}</span>{' '}
            {onTeam ? t('options.layers.forbiddenTeam') : t('options.layers.forbiddenBuiltIn')}
          </>
        )}
      </p>
      {own.state === 'invalid' && own.errors && (
        <ProfileErrors id={`${site}-stored-override-errors`} errors={own.errors} intro={t('options.storedProblemsIntro')} />
      )}
      <ProfileOrigins site={site} layers={layers} />
      {own.state !== 'absent' && <ResetOverride site={site} savedWhen={when} onTeam={onTeam} onReset={onReset} />}
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
