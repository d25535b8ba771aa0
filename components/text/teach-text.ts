/**
 * Teach mode's words: what each target is called, a taught change in plain words ("Treat the text «Payments paused»
 * as needs attention"), why a pick taught nothing, why the background refused a change. The change itself is stored
 * as codes and values (lib/teach/profile-change.ts); only here does it become a sentence.
 */
import type { EvidenceStatus } from '../../lib/kartra/compiled-profile';
import { t } from '../../lib/i18n';
import type { LessonFailure, SideEffect } from '../../lib/teach/lesson';
import type { ProfileChange } from '../../lib/teach/profile-change';
import type { TeachRefusal } from '../../lib/teach/teach-reply';
import type { TeachTarget } from '../../lib/teach/teach-targets';
import { statusLabel } from './status-label';

export function teachTargetLabel(target: TeachTarget): string {
  switch (target) {
    case 'tile-status':
      return t('teach.targetTileStatus');
    case 'stripe-tile':
      return t('teach.targetStripeTile');
    case 'tile-menu-button':
      return t('teach.targetTileMenuButton');
    case 'edit-menu-item':
      return t('teach.targetEditMenuItem');
    case 'publishable-key':
      return t('teach.targetPublishableKey');
    case 'connect-with-stripe':
      return t('teach.targetConnectWithStripe');
    case 'stripe-account-list':
      return t('teach.targetStripeAccountList');
    case 'stripe-connect-button':
      return t('teach.targetStripeConnectButton');
  }
}

/** A status as a word inside a sentence ("… as needs attention"). */
export function statusWord(status: EvidenceStatus): string {
  if (status === 'needs-attention') return t('teach.statusWordNeedsAttention');
  if (status === 'connected') return t('teach.statusWordConnected');
  return t('teach.statusWordNotConfigured');
}

export function describeChange(change: ProfileChange): string {
  const value = change.value;
  switch (change.field) {
    case 'statusWords.needsAttention':
      return t('teach.changeStatusWord', { value, status: statusWord('needs-attention') });
    case 'statusWords.connected':
      return t('teach.changeStatusWord', { value, status: statusWord('connected') });
    case 'statusWords.notConfigured':
      return t('teach.changeStatusWord', { value, status: statusWord('not-configured') });
    case 'stripeAliases':
      return t('teach.changeStripeAlias', { value });
    case 'steps.menuButtonNames':
      return t('teach.changeMenuButton', { value });
    case 'steps.editMenuItemNames':
      return t('teach.changeEditItem', { value });
    case 'steps.gatewayModalTitles':
      return t('teach.changeModalTitle', { value });
    case 'steps.publishableKeyLabels':
      return t('teach.changeKeyLabel', { value });
    case 'steps.publishableKeyInputHints':
      return t('teach.changeKeyHint', { value });
    case 'steps.connectWithStripeNames':
      return t('teach.changeConnectWithStripe', { value });
    case 'words.connectButton':
      return t('teach.changeStripeConnect', { value });
    case 'hints.accountChooserLabels':
      return t('teach.changeAccountChooser', { value });
  }
}

export function sideEffectText(effect: SideEffect): string {
  if (effect.kind === 'stripe-cancel') return t('teach.sideEffectStripeCancel');
  return t('teach.sideEffectTile', { name: effect.name, before: statusLabel(effect.before), after: statusLabel(effect.after) });
}

export function lessonFailureText(why: LessonFailure): string {
  switch (why) {
    case 'no-words':
      return t('teach.failedNoWords');
    case 'already-found':
      return t('teach.failedAlreadyFound');
    case 'not-found':
      return t('teach.failedNotFound');
    case 'not-here':
      return t('teach.failedNotHere');
  }
}

export function refusalText(refused: TeachRefusal): string {
  switch (refused) {
    case 'forbidden':
      return t('teach.refusedForbidden');
    case 'invalid':
      return t('teach.refusedInvalid');
    case 'duplicate':
      return t('teach.refusedDuplicate');
    case 'full':
      return t('teach.refusedFull');
  }
}
