import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { OnlineCheck, OnlineCheckProps } from '../shared/OnlineCheck';

/**
 * The online check, loaded the first time the agent opens it: it brings zod and the Stripe SDK's loader, which the
 * side panel's first paint must not wait for (most reconnects never open it).
 */
export function LazyOnlineCheck(props: OnlineCheckProps) {
  const [View, setView] = useState<typeof OnlineCheck | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    import('../shared/OnlineCheck').then(
      (module) => alive && setView(() => module.OnlineCheck),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, []);
  if (failed) return <p class="callout danger">{t('sidepanel.onlineCheckFailed')}</p>;
  return View ? <View {...props} /> : <p class="muted">{t('sidepanel.onlineCheckLoading')}</p>;
}
