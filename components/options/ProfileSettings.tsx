import { useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ProfileSite } from '../../lib/protocol-values';
import { SITE_PROFILES } from '../../lib/site-profiles';
import { useStorageItem } from '../shared/use-storage-item';
import { ActiveProfileView } from './ActiveProfileView';
import { describeActiveProfile } from './describe-active-profile';
import { OverrideEditor } from './OverrideEditor';
import type { Status } from './StatusLine';

/** One site's profile: what is in force (kept current from storage) and the override editor. */
export function ProfileSettings({ site }: { site: ProfileSite }) {
  const stored = useStorageItem(SITE_PROFILES[site].overrideItem);
  const state = useMemo(() => describeActiveProfile(site, stored), [site, stored]);
  const json = useMemo(() => JSON.stringify(state.profile, null, 2), [state]);
  const [status, setStatus] = useState<Status>({ tone: '', text: '' });
  const summaryRef = useRef<HTMLParagraphElement>(null);

  if (stored === undefined) return <p class="muted">{t('options.loading')}</p>;

  const onReset = (ok: boolean, error?: string) => {
    setStatus(
      ok
        ? { tone: 'ok', text: t('options.resetDone') }
        : { tone: 'danger', text: t('options.resetFailed', { error: error ?? t('options.noAnswer') }) },
    );
    summaryRef.current?.focus();
  };

  return (
    <>
      <ActiveProfileView site={site} state={state} json={json} summaryRef={summaryRef} onReset={onReset} />
      <OverrideEditor site={site} activeJson={json} status={status} announce={setStatus} />
    </>
  );
}
