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
import { onlineCheckKeyItem } from '../../lib/session-storage';
import type { OnlineAccount } from '../../lib/stripe/online-check';
import { redactKey } from '../../lib/stripe/stripe-key';
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
      const waiting = setTimeout(
        () => announce('', `Waiting for the browser to allow access to ${found.host}: answer its prompt to continue.`),
        300,
      );
      const answer = await permission.finally(() => clearTimeout(waiting));
      if (!answer.granted) {
        announce(
          'danger',
          `The browser did not allow access to ${found.host}, so nothing was sent to Stripe. ` +
            (answer.error
              ? `(${answer.error}) `
              : 'The check needs that permission: click “Check account” again and choose “Allow”. ') +
            'The key stays in this browser session only; “Forget key” removes it now.',
        );
        return;
      }
      announce('', 'Asking Stripe which account this key belongs to…');
      const result = await runOnlineCheck(key, found);
      if (result.ok) {
        setAccount(result.account);
        const name = result.account.businessName ?? result.account.displayName;
        // Neutral: whether this is the *right* account is the comparison's call, shown below in its own colour.
        announce('', `Stripe says this key belongs to ${result.account.id}${name ? ` (${name})` : ''}.`);
      } else {
        announce('danger', result.message);
      }
    } finally {
      setBusy(false);
    }
  };

  const refuse = async (key: string) => {
    setAccount(undefined);
    announce('danger', await refusalFor(key));
  };

  // Synchronous up to requestApiPermission: the browser shows its prompt only inside the user's gesture.
  const check = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const input = inputRef.current;
    const typed = input?.value.trim() ?? '';
    const key = typed || storedKey || '';
    if (!key) {
      announce('warn', 'Paste a restricted key (rk_live_… or rk_test_…) first.');
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
      announce('warn', 'Still finding the address of Stripe’s API. Try again in a moment.');
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
    announce('', 'Key forgotten: nothing of it is kept.');
  };

  return (
    <div class="online-check" data-testid="online-check" style={{ display: 'grid', gap: '8px' }}>
      <p class="muted" id={`${id}-hint`} style={{ margin: 0 }}>
        Optional. Paste a restricted key (rk_…) that may only read account details, and Stripe will say which account
        it belongs to. Secret keys (sk_…) are refused. The key is kept for this browser session only, sent only to{' '}
        {target?.host ?? 'Stripe’s API'}, and never shown in full. The browser asks once for access to that address.
      </p>
      {storedKey && (
        <p data-testid="stored-key" style={{ margin: 0 }}>
          Key for this session: <code>{redactKey(storedKey)}</code>
        </p>
      )}
      <form onSubmit={check} autocomplete="off" style={{ display: 'grid', gap: '6px' }}>
        <label for={`${id}-key`}>{storedKey ? 'Another restricted key (optional)' : 'Restricted key'}</label>
        <input
          ref={inputRef}
          id={`${id}-key`}
          name="restricted-key"
          type="password"
          autocomplete="off"
          spellcheck={false}
          autocapitalize="off"
          placeholder={storedKey ? 'Leave empty to use the key above' : 'rk_live_…'}
          aria-describedby={`${id}-hint`}
          data-testid="online-key-input"
        />
        <div style={{ display: 'flex', gap: '8px', flexWrap: 'wrap' }}>
          <button type="submit" class="primary" aria-disabled={busy} data-testid="online-check-button">
            {busy ? 'Checking…' : 'Check account'}
          </button>
          <button type="button" onClick={forget} data-testid="online-forget-button">
            Forget key
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
