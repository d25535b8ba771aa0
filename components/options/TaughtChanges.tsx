import { useMemo, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/i18n';
import { sendToBackground } from '../../lib/messaging';
import type { ProfileSite } from '../../lib/protocol-values';
import { taughtChangesItem } from '../../lib/storage';
import { parseTaughtChanges } from '../../lib/teach/change-schema';
import type { TaughtChange } from '../../lib/teach/profile-change';
import { replyErrorText } from '../text/reply-error';
import { describeChange } from '../text/teach-text';
import { useStorageItem } from '../shared/use-storage-item';
import { TaughtExport } from './TaughtExport';
import { StatusLine, type Status } from './StatusLine';

const SITE_NAME: Record<ProfileSite, () => string> = { kartra: () => t('teach.siteKartra'), stripe: () => t('teach.siteStripe') };

function taughtWhen(at: number): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * "Taught on the page": the changes the agent applied in teach mode's picker, each in plain words with its site and
 * date and an Undo, and the export that turns them into a team policy. Read from storage (kept current), each entry
 * re-validated: a corrupt one is not shown, and is not applied by the background either.
 */
export function TaughtChanges() {
  const stored = useStorageItem(taughtChangesItem);
  const list = useMemo(() => parseTaughtChanges(stored), [stored]);
  const [status, setStatus] = useState<Status>({ tone: '', text: '' });
  const [undoing, setUndoing] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const undo = async (taught: TaughtChange, index: number) => {
    if (undoing) return;
    setUndoing(taught.id);
    const reply = await sendToBackground({ type: 'teach/undo', id: taught.id });
    setUndoing(undefined);
    const said = describeChange(taught.change);
    if (!reply.ok) return setStatus({ tone: 'danger', text: t('teach.undoError', { error: replyErrorText(reply.error) }) });
    setStatus(reply.value ? { tone: 'ok', text: t('teach.undoneChange', { change: said }) } : { tone: 'warn', text: t('teach.undoGone') });
    // The row goes away with its button: focus the next Undo (or the one before), else the heading, never the page top.
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-undo]') ?? [])].filter((b) => b.dataset.undo !== taught.id);
    (buttons[index] ?? buttons[index - 1] ?? headingRef.current)?.focus();
  };

  return (
    <section class="options-card taught" aria-labelledby="taught-title" data-testid="taught-section">
      <h2 id="taught-title" ref={headingRef} tabIndex={-1}>
        {t('teach.taughtTitle')}
      </h2>
      <p class="muted">{t('teach.taughtIntro')}</p>
      {stored === undefined ? (
        <p class="muted">{t('options.loading')}</p>
      ) : list.length === 0 ? (
        <p class="callout" data-testid="taught-empty">
          {t('teach.taughtEmpty')}
        </p>
      ) : (
        <ul class="taught-list" ref={listRef} aria-label={t('teach.taughtListLabel')} data-testid="taught-list">
          {list.map((taught, index) => {
            const said = describeChange(taught.change);
            return (
              <li key={taught.id} data-testid="taught-change" data-site={taught.change.site} data-field={taught.change.field}>
                <div class="taught-words">
                  <p class="taught-what">{said}</p>
                  <p class="muted taught-where">{t('teach.taughtSite', { site: SITE_NAME[taught.change.site](), date: taughtWhen(taught.at) })}</p>
                </div>
                <button
                  type="button"
                  data-undo={taught.id}
                  aria-label={t('teach.undoNamed', { change: said })}
                  aria-disabled={undoing !== undefined}
                  onClick={() => void undo(taught, index)}
                  data-testid="taught-undo"
                >
                  {undoing === taught.id ? t('teach.undoing') : t('teach.undo')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <StatusLine status={status} testId="taught-status" />
      {list.length > 0 && <TaughtExport changes={list} announce={setStatus} />}
    </section>
  );
}
