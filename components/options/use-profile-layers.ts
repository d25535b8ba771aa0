import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messaging';
import type { ProfileLayers } from '../../lib/policy/profile-layer';
import type { ProfileSite } from '../../lib/protocol-values';
import { SITE_PROFILES, type ProfileOfSite } from '../../lib/site-profiles';
import { replyErrorText } from '../text/reply-error';

export type LayersState<P> = { loading: true } | { loading: false; layers: ProfileLayers<P> } | { loading: false; error: string };

/**
 * A site's profile layers as the background computes them (`profile/layers`): the one place that knows the team's
 * policy. Asked again whenever the agent's stored override or the policy changes, so the page always shows what is in
 * force. A later answer always replaces an earlier one, whatever order they arrive in.
 */
export function useProfileLayers<S extends ProfileSite>(site: S): LayersState<ProfileOfSite[S]> {
  const [state, setState] = useState<LayersState<ProfileOfSite[S]>>({ loading: true });
  useEffect(() => {
    let latest = 0;
    const ask = async () => {
      const asked = ++latest;
      const reply = await sendToBackground({ type: 'profile/layers', site });
      if (asked !== latest) return;
      setState(reply.ok ? { loading: false, layers: reply.value as ProfileLayers<ProfileOfSite[S]> } : { loading: false, error: replyErrorText(reply.error) });
    };
    void ask();
    const unwatch = SITE_PROFILES[site].overrideItem.watch(() => void ask());
    const onPolicy = (_changes: unknown, area: string) => area === 'managed' && void ask();
    browser.storage.onChanged.addListener(onPolicy);
    return () => {
      latest = -1;
      unwatch();
      browser.storage.onChanged.removeListener(onPolicy);
    };
  }, [site]);
  return state;
}
