/**
 * Teach mode on Stripe's pages: the Connect button (its name becomes a whole-phrase rule) and the account chooser (its
 * label becomes a chooser hint), each tried on the page before it is offered, like Kartra's (kartra-lesson.ts).
 */
import { compileStripeProfile } from '../stripe/compiled-stripe-profile';
import { findCancelButton, findConnectButton } from '../stripe/connect-buttons';
import type { StripeProfile } from '../stripe/default-stripe-profile';
import { readPickerAccounts } from '../stripe/picker-accounts';
import { createSafeDom, type SafeDom } from '../dom/safe-dom';
import { chooseLesson, sameThing, type LessonResult } from './lesson';
import { controlOf, labelsOfField, nameOfControl } from './picked-words';
import { applyStripeChanges, type ProfileChange } from './profile-change';
import type { TeachTarget } from './teach-targets';

export interface StripePick {
  target: TeachTarget;
  picked: Element;
}

export function findStripeLesson(doc: Document, profile: StripeProfile, pick: StripePick): LessonResult {
  const dom = createSafeDom(pick.picked);
  const finds = (p: StripeProfile) => targetFound(doc, p, pick, dom);
  if (finds(profile)) return { ok: false, failure: 'already-found' };
  const candidates = candidatesFor(pick, dom);
  if (candidates === 'not-here') return { ok: false, failure: 'not-here' };
  const cancelBefore = cancelOf(doc, profile);
  return chooseLesson(candidates, (change) => {
    const changed = applyStripeChanges(profile, [change]);
    // Nothing else may change meaning: the way out (Cancel) must stay what it was.
    const sideEffects = cancelOf(doc, changed) === cancelBefore ? [] : [{ kind: 'stripe-cancel' as const }];
    return { found: finds(changed), sideEffects };
  });
}

function candidatesFor(pick: StripePick, dom: SafeDom): ProfileChange[] | 'not-here' {
  const change = (field: ProfileChange['field']) => (value: string): ProfileChange => ({ site: 'stripe', target: pick.target, field, value }) as ProfileChange;
  if (pick.target === 'stripe-connect-button') {
    const name = nameOfControl(controlOf(pick.picked, dom), dom);
    return name ? [change('words.connectButton')(name)] : [];
  }
  if (pick.target === 'stripe-account-list') {
    const chooser = chooserOf(pick.picked, dom);
    return chooser ? labelsOfField(chooser, dom).map(change('hints.accountChooserLabels')) : 'not-here';
  }
  return 'not-here';
}

function targetFound(doc: Document, profile: StripeProfile, pick: StripePick, dom: SafeDom): boolean {
  const compiled = compileStripeProfile(profile);
  const same = (found: Element | undefined) => sameThing(found, pick.picked, (a, b) => dom.contains(a, b));
  if (pick.target === 'stripe-connect-button') {
    const lookup = findConnectButton(doc, compiled);
    return lookup.status === 'found' && same(lookup.element);
  }
  if (pick.target === 'stripe-account-list') {
    const chooser = chooserOf(pick.picked, dom);
    return readPickerAccounts(doc, compiled).some((account) => same(account.element) || same(account.row) || (chooser !== undefined && dom.contains(chooser, account.element)));
  }
  return false;
}

const CHOOSERS = '[role="combobox"],button[aria-haspopup="listbox"],select,[role="listbox"],[role="radiogroup"]';

/** The drop-down the agent picked (or that holds what they picked): the only account list a label can teach. */
function chooserOf(picked: Element, dom: SafeDom): Element | undefined {
  let node: Element | undefined = picked;
  // A closed drop-down (a combobox or a listbox button) is where the profile's chooser labels are read.
  for (let depth = 0; node && depth < 4; depth++, node = dom.parentOf(node)) if (dom.matches(node, CHOOSERS)) return node;
  const inside = dom.queryAll(picked, 'select', 2);
  return inside.length === 1 ? inside[0] : undefined;
}

function cancelOf(doc: Document, profile: StripeProfile): Element | string {
  const lookup = findCancelButton(doc, compileStripeProfile(profile));
  return lookup.status === 'found' ? lookup.element : lookup.status;
}
