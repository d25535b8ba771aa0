import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  forgetKey,
  isSecretKey,
  isRestrictedKey,
  refusalFor,
  rememberKey,
  requestApiPermission,
  resolveApiTarget,
  runOnlineCheck,
  storedRestrictedKey,
  type ApiTarget,
  type PermissionAnswer,
} from '../../lib/online-check-session';
import { t } from '../../lib/i18n';
import { onlineCheckKeyItem } from '../../lib/session-storage';
import type { OnlineAccount } from '../../lib/stripe/online-check';
import { redactKey } from '../../lib/stripe/stripe-key';
import { onlineCheckFailureText } from '../text/online-check';
import { fillParts, partMarkers } from './fill-parts';
import { OnlineCheckResult } from './OnlineCheckResult';
import { useStorageItem } from './use-storage-item';

type Tone = 'ok' | 'warn' | 'danger' | '';

export interface OnlineCheckProps {
  /** The guide's original publishable key: the result then says whether the account matches it. */
  originalKey?: string;
  /** The Kartra tab the page describes (sandbox builds take the API's port from its URL). */
  referenceTabId?: number;
  /** Sandbox builds only: the fake API's origin, e.g. from the options page's `?apiOrigin=`. */
  apiOrigin?: string;
}

/**
 * The optional online check: paste a restricted key, ask Stripe which account it belongs to. The key lives in the
 * password field only while being typed, then only in storage.session; the page shows it redacted (last 4).
 */
export function OnlineCheck({ originalKey, referenceTabId, apiOrigin }: OnlineCheckProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const stored = useStorageItem(onlineCheckKeyItem);
  const storedKey = storedRestrictedKey(stored);
  const [target, setTarget] = useState<ApiTarget>();
  const [busy, setBusy] = useState(false);
  const [account, setAccount] = useState<OnlineAccount>();
  const [message, setMessage] = useState<{ tone: Tone; text: string }>({ tone: '', text: '' });
  const announce = (tone: Tone, text: string) => setMessage({ tone, text });

  useEffect(() => {
    let alive = true;
    // No permissions.contains probe on load: asking again once granted shows no prompt, and in Firefox that probe on
    // every page load made WebDriver-driven tests flaky.
    void resolveApiTarget({ apiOrigin, tabId: referenceTabId }).then((found) => alive && setTarget(found));
    return () => {
      alive = false;
    };
  }, [apiOrigin, referenceTabId]);

  // Forgotten here or in another page: the old answer no longer has a key behind it.
  useEffect(() => {
    if (stored !== undefined && !storedKey) setAccount(undefined);
  }, [stored, storedKey]);

  const finish = async (key: string, typed: boolean, found: ApiTarget, permission: Promise<PermissionAnswer>) => {
    setBusy(true);
    setAccount(undefined);
    try {
      if (typed) await rememberKey(key);
      // Only a prompt takes this long; an already granted host answers at once, without a flash of this message.
      const waiting = setTimeout(() => announce('', t('shared.waitingForPermission', { host: found.host })), 300);
      const answer = await permission.finally(() => clearTimeout(waiting));
      if (!answer.granted) {
        announce(
          'danger',
          answer.error
            ? t('shared.permissionFailed', { host: found.host, error: answer.error })
            : t('shared.permissionDenied', { host: found.host }),
        );
        return;
      }
      announce('', t('shared.askingStripe'));
      const result = await runOnlineCheck(key, found);
      if (result.ok) {
        setAccount(result.account);
        const name = result.account.businessName ?? result.account.displayName;
        // Neutral: whether this is the *right* account is the comparison's call, shown below in its own colour.
        const { id: accountId } = result.account;
        announce('', name ? t('shared.keyBelongsToNamed', { account: accountId, name }) : t('shared.keyBelongsTo', { account: accountId }));
      } else {
        announce('danger', onlineCheckFailureText(result));
      }
    } finally {
      setBusy(false);
    }
  };

  const refuse = async (key: string) => {
    setAccount(undefined);
    const refusal = await refusalFor(key);
    announce('danger', refusal ? onlineCheckFailureText(refusal) : '');
  };

  // Synchronous up to requestApiPermission: the browser shows its prompt only inside the user's gesture.
  const check = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const input = inputRef.current;
    const typed = input?.value.trim() ?? '';
    const key = typed || storedKey || '';
    if (!key) {
      announce('warn', t('shared.pasteKeyFirst'));
      input?.focus();
      return;
    }
    if (!isRestrictedKey(key)) {
      // A secret key must not linger anywhere, not even in the field.
      if (input && isSecretKey(key)) input.value = '';
      void refuse(key);
      return;
    }
    if (!target) {
      announce('warn', t('shared.stillFindingApi'));
      return;
    }
    const permission = requestApiPermission(target);
    if (input) input.value = '';
    void finish(key, typed !== '', target, permission);
  };

  const forget = async () => {
    if (inputRef.current) inputRef.current.value = '';
    setAccount(undefined);
    await forgetKey();
    announce('', t('shared.keyForgotten'));
  };

  return (
    <div class="online-check" data-testid="online-check" style={{ display: 'grid', gap: '8px' }}>
      <p class="muted" id={`${id}-hint`} style={{ margin: 0 }}>
        {t('shared.onlineHint', { host: target?.host ?? t('shared.stripeApi') })}
      </p>
      {storedKey && (
        <p data-testid="stored-key" style={{ margin: 0 }}>
          {fillParts(t('shared.sessionKey', partMarkers('key')), { key: <code>{redactKey(storedKey) ?? t('keyCheck.notAValidKey')}</code> })}
        </p>
      )}
      <form onSubmit={check} autocomplete="off" style={{ display: 'grid', gap: '6px' }}>
        <label for={`${id}-key`}>{storedKey ? t('shared.anotherKeyLabel') : t('shared.keyLabel')}</label>
        <input
          ref={inputRef}
          id={`${id}-key`}
          name="restricted-key"
          type="password"
          autocomplete="off"
          spellcheck={false}
          autocapitalize="off"
          placeholder={storedKey ? t('shared.leaveEmptyPlaceholder') : 'rk_live_…'}
          aria-describedby={`${id}-hint`}
          data-testid="online-key-input"
        />
        <div style={{ display: 'flex', gap: '8px', flexWrap: 'wrap' }}>
          <button type="submit" class="primary" aria-disabled={busy} data-testid="online-check-button">
            {busy ? t('shared.checking') : t('shared.checkAccount')}
          </button>
          <button type="button" onClick={forget} data-testid="online-forget-button">
            {t('shared.forgetKey')}
          </button>
        </div>
      </form>
      <div
        role="status"
        aria-live="polite"
        class={message.text && message.tone ? `callout ${message.tone}` : message.text ? 'muted' : ''}
        data-testid="online-check-message"
        data-tone={message.tone}
        style={{ margin: 0 }}
      >
        {message.text}
      </div>
      {account && <OnlineCheckResult account={account} originalKey={originalKey} />}
    </div>
  );
}
