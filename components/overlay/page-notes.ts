/**
 * The words of the notes the content scripts put on Kartra's and Stripe's pages of their own accord (not the guide's
 * steps): the content script picks a note by its code, and its words are made here, in the agent's language.
 */
import { t } from '../../lib/i18n';
import type { OverlayView } from './overlay-view';

export type PageNoteCode =
  /** Kartra: the Stripe tile needs reconnecting; its button opens the guide. */
  | 'reconnect-marker'
  /** Stripe's picker: the account holding the key Kartra used, told apart by id. */
  | 'original-account'
  /** ...told apart by name only (the picker shows no ids). */
  | 'original-account-by-name'
  /** Stripe's picker shows no ids and no name is known for the original account. */
  | 'cannot-tell-account';

export type PageNoteText = Pick<OverlayView, 'title' | 'instruction' | 'actionLabel'>;

const NOTES: Record<PageNoteCode, () => PageNoteText> = {
  'reconnect-marker': () => ({
    title: t('pageNote.reconnectMarker.title'),
    instruction: t('pageNote.reconnectMarker.instruction'),
    actionLabel: t('pageNote.reconnectMarker.action'),
  }),
  'original-account': () => ({ title: t('pageNote.originalAccount.title'), instruction: t('pageNote.originalAccount.byId') }),
  'original-account-by-name': () => ({ title: t('pageNote.originalAccount.title'), instruction: t('pageNote.originalAccount.byName') }),
  'cannot-tell-account': () => ({ title: t('pageNote.cannotTellAccount.title'), instruction: t('pageNote.cannotTellAccount.instruction') }),
};

export function pageNote(code: PageNoteCode): PageNoteText {
  return NOTES[code]();
}

/** Under the reconnect marker when the side panel could not be opened for the agent: how to open the guide by hand. */
export function openGuideByHandNote(): string {
  return t('pageNote.openGuideByHand', { name: t('extName'), action: t('pageNote.reconnectMarker.action') });
}
