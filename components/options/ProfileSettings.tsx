import { useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ProfileSite } from '../../lib/protocol-values';
import { ActiveProfileView } from './ActiveProfileView';
import { OverrideEditor } from './OverrideEditor';
import type { Status } from './StatusLine';
import { useProfileLayers } from './use-profile-layers';

/** One site's profile: what is in force and where it came from (kept current by the background), and the editor. */
export function ProfileSettings({ site }: { site: ProfileSite }) {
  const state = useProfileLayers(site);
  const layers = 'layers' in state ? state.layers : undefined;
  const json = useMemo(() => (layers ? JSON.stringify(layers.profile, null, 2) : ''), [layers]);
  const [status, setStatus] = useState<Status>({ tone: '', text: '' });
  const summaryRef = useRef<HTMLParagraphElement>(null);

  if (state.loading) return <p class="muted">{t('options.loading')}</p>;
  if (!layers) return <p class="callout danger" data-testid="profile-layers-failed">{t('options.layers.failed', { error: 'error' in state ? state.error : '' })}</p>;

  const onReset = (ok: boolean, error?: string) => {
    setStatus(
      ok
        ? { tone: 'ok', text: layers.layers.some((l) => l.source === 'managed' && l.state === 'applied') ? t('options.layers.resetDoneTeam') : t('options.resetDone') }
        : { tone: 'danger', text: t('options.resetFailed', { error: error ?? t('options.noAnswer') }) },
    );
    summaryRef.current?.focus();
  };

  return (
    <>
      <ActiveProfileView site={site} layers={layers} json={json} summaryRef={summaryRef} onReset={onReset} />
      <OverrideEditor site={site} layers={layers} activeJson={json} status={status} announce={setStatus} />
    </>
  );
}
