import { t } from '../../lib/i18n';
import type { LayerSource, ProfileLayer, ProfileLayers } from '../../lib/policy/profile-layer';
import type { ProfileSite } from '../../lib/protocol-values';
import { layerOf, savedWhen } from './describe-active-profile';
import { ProfileErrors } from './ProfileErrors';

/** The fields a layer still decides in the profile in force (a higher layer may have replaced some of them). */
function FieldList({ layers, source }: { layers: ProfileLayers<unknown>; source: LayerSource }) {
  const paths = layers.parts.filter((part) => part.source === source).map((part) => part.path);
  if (!paths.length) return <>{t('options.layers.allReplaced')}</>;
  return (
    <>
      {t('options.layers.sets')}{' '}
      {paths.map((path, index) => (
        <span key={path}>
          {index > 0 && ', '}
          <code>{path}</code>
        </span>
      ))}
      .
    </>
  );
}

function pillOf(state: ProfileLayer['state']): string {
  return state === 'applied' ? 'connected' : state === 'invalid' ? 'needs-attention' : 'not-configured';
}

/** Where each part of the profile in force comes from: built in, the team's policy, the agent's own override. */
export function ProfileOrigins({ site, layers }: { site: ProfileSite; layers: ProfileLayers<{ revision?: string | undefined }> }) {
  const team = layerOf(layers, 'managed');
  const own = layerOf(layers, 'agent');
  const taught = layerOf(layers, 'taught');
  const titleId = `${site}-origins-title`;
  return (
    <div class="profile-origins" data-testid="profile-origins">
      <p id={titleId}>{t('options.layers.title')}</p>
      <ul aria-labelledby={titleId}>
        <li data-testid="layer-built-in" data-state="applied">
          <span class="pill not-configured">{t('options.layers.builtIn')}</span>
          {layers.profile.revision ? <span class="muted"> {t('options.revision', { revision: layers.profile.revision })}</span> : null}:{' '}
          {t('options.layers.builtInRest')}
        </li>
        <li data-testid="layer-managed" data-state={team.state}>
          <span class={`pill ${team.state === 'applied' ? 'connected' : team.state === 'invalid' ? 'needs-attention' : 'not-configured'}`}>{t('options.layers.team')}</span>:{' '}
          {team.state === 'applied' && <FieldList layers={layers} source="managed" />}
          {team.state === 'absent' && t('options.layers.teamAbsent')}
          {team.state === 'invalid' && t('options.layers.teamInvalid')}
          {team.state === 'invalid' && team.errors && (
            <ProfileErrors id={`${site}-team-profile-errors`} errors={team.errors} intro={t('options.layers.teamProblemsIntro')} />
          )}
        </li>
        <li data-testid="layer-agent" data-state={own.state}>
          <span class={`pill ${own.state === 'applied' ? 'connected' : own.state === 'invalid' ? 'needs-attention' : 'not-configured'}`}>{t('options.layers.own')}</span>:{' '}
          {own.state === 'applied' && <FieldList layers={layers} source="agent" />}
          {own.state === 'absent' && t('options.layers.ownAbsent')}
          {own.state === 'invalid' && t('options.layers.ownInvalid', { when: savedWhen(own.savedAt) })}
          {own.state === 'forbidden' && t('options.layers.ownForbidden', { when: savedWhen(own.savedAt) })}
        </li>
        <li data-testid="layer-taught" data-state={taught.state}>
          <span class={`pill ${pillOf(taught.state)}`}>{t('options.layers.taught')}</span>:{' '}
          {taught.state === 'applied' && <FieldList layers={layers} source="taught" />}
          {taught.state === 'absent' && t('options.layers.taughtAbsent')}
          {taught.state === 'invalid' && t('options.layers.taughtInvalid')}
          {taught.state === 'forbidden' && t('options.layers.taughtForbidden')}
        </li>
      </ul>
    </div>
  );
}
