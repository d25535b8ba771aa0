/**
 * Teach mode on Kartra's pages: from the element the agent picked for a target, the smallest change to the Kartra
 * profile that makes its reader find it, tried on the page before it is offered. Candidates are one phrase added to
 * one list (lib/teach/profile-change.ts); each is applied to a copy of the profile in force and the reader run again.
 */
import { detectIntegrations, type DetectedIntegration, type IntegrationsReport } from '../kartra/detect-integrations';
import type { EvidenceStatus } from '../kartra/compiled-profile';
import { findConnectWithStripeButton, findEditMenuItem, findGatewayModal, findTileMenuButton, readPublishableKeyCandidates } from '../kartra/page-elements';
import type { SiteProfile } from '../kartra/site-profile';
import { createSafeDom, type SafeDom } from '../dom/safe-dom';
import { chooseLesson, sameThing, type LessonResult, type SideEffect } from './lesson';
import { controlOf, fieldHintsOf, labelsOfField, nameOfControl, statusPhrasesOf, usablePhrase } from './picked-words';
import { applyKartraChanges, type KartraTeachField, type ProfileChange } from './profile-change';
import type { TeachTarget } from './teach-targets';

const STATUS_FIELD: Record<EvidenceStatus, KartraTeachField> = {
  'needs-attention': 'statusWords.needsAttention',
  connected: 'statusWords.connected',
  'not-configured': 'statusWords.notConfigured',
};

export interface KartraPick {
  target: TeachTarget;
  picked: Element;
  /** For a tile's status: what the agent says it means (needs attention unless they say otherwise). */
  meaning?: EvidenceStatus;
}

export function findKartraLesson(doc: Document, profile: SiteProfile, pick: KartraPick): LessonResult {
  const dom = createSafeDom(pick.picked);
  const before = detectIntegrations(doc, profile);
  const finds = (p: SiteProfile, report: IntegrationsReport) => targetFound(doc, p, report, pick, dom);
  if (finds(profile, before)) return { ok: false, failure: 'already-found' };
  const candidates = candidatesFor(pick, profile, dom, doc);
  if (candidates === 'not-here') return { ok: false, failure: 'not-here' };
  return chooseLesson(candidates, (change) => {
    const changed = applyKartraChanges(profile, [change]);
    const after = detectIntegrations(doc, changed);
    return { found: finds(changed, after), sideEffects: verdictChanges(before, after, pick.picked, dom) };
  });
}

function candidatesFor(pick: KartraPick, profile: SiteProfile, dom: SafeDom, doc: Document): ProfileChange[] | 'not-here' {
  const change = (field: KartraTeachField) => (value: string): ProfileChange => ({ site: 'kartra', target: pick.target, field, value });
  switch (pick.target) {
    case 'tile-status':
      return statusPhrasesOf(pick.picked, profile.tooltipAttributes, dom).map(change(STATUS_FIELD[pick.meaning ?? 'needs-attention']));
    case 'stripe-tile':
      return tileNamePhrases(pick.picked, dom).map(change('stripeAliases'));
    case 'tile-menu-button':
      return names(controlOf(pick.picked, dom), dom).map(change('steps.menuButtonNames'));
    case 'edit-menu-item':
      return names(controlOf(pick.picked, dom), dom).map(change('steps.editMenuItemNames'));
    case 'connect-with-stripe':
      return names(controlOf(pick.picked, dom), dom).map(change('steps.connectWithStripeNames'));
    case 'publishable-key': {
      const field = keyFieldOf(pick.picked, dom);
      if (!field) return 'not-here';
      const window = windowTitleOf(field, dom, doc, profile);
      return [
        ...labelsOfField(field, dom).map(change('steps.publishableKeyLabels')),
        ...fieldHintsOf(field, dom).map(change('steps.publishableKeyInputHints')),
        ...(window ? [change('steps.gatewayModalTitles')(window)] : []),
      ];
    }
    default:
      return 'not-here';
  }
}

/** Is the target found with this profile, on the element the agent picked? */
function targetFound(doc: Document, profile: SiteProfile, report: IntegrationsReport, pick: KartraPick, dom: SafeDom): boolean {
  const same = (found: Element | undefined) => sameThing(found, pick.picked, (a, b) => dom.contains(a, b));
  switch (pick.target) {
    case 'tile-status': {
      const tile = tileHolding(report, pick.picked, dom);
      return tile !== undefined && tile.status === (pick.meaning ?? 'needs-attention');
    }
    case 'stripe-tile':
      return report.integrations.some((tile) => tile.isStripe && same(tile.element));
    case 'tile-menu-button': {
      const tile = tileHolding(report, pick.picked, dom);
      return tile !== undefined && same(findTileMenuButton(tile.element, profile));
    }
    case 'edit-menu-item':
      return same(findEditMenuItem(doc, profile));
    case 'connect-with-stripe':
      return same(findConnectWithStripeButton(doc, profile));
    case 'publishable-key': {
      const field = keyFieldOf(pick.picked, dom);
      const modal = findGatewayModal(doc, profile);
      if (!field || !modal) return false;
      // The key itself is compared here, in the page, and goes nowhere: the change holds only the label.
      const values = readPublishableKeyCandidates(modal, profile);
      return values.length === 1 && values[0] === (dom.formValue(field) ?? dom.boundedText(field, 10_000)).trim();
    }
    default:
      return false;
  }
}

/** The tile around the picked element (or the one it is). */
function tileHolding(report: IntegrationsReport, picked: Element, dom: SafeDom): DetectedIntegration | undefined {
  return report.integrations.find((tile) => tile.element === picked || dom.contains(tile.element, picked));
}

/** Tiles other than the picked one whose status the change would turn. */
function verdictChanges(before: IntegrationsReport, after: IntegrationsReport, picked: Element, dom: SafeDom): SideEffect[] {
  const out: SideEffect[] = [];
  for (const tile of after.integrations) {
    if (tile.element === picked || dom.contains(tile.element, picked) || dom.contains(picked, tile.element)) continue;
    const earlier = before.integrations.find((other) => other.element === tile.element);
    if (earlier && earlier.status !== tile.status) out.push({ kind: 'tile', name: tile.name, before: earlier.status, after: tile.status });
  }
  return out;
}

function names(control: Element, dom: SafeDom): string[] {
  const name = nameOfControl(control, dom);
  return name ? [name] : [];
}

/** A tile's name as shown: the picked text itself when short, else the short texts of the block's leaf elements. */
function tileNamePhrases(picked: Element, dom: SafeDom): string[] {
  const out: string[] = [];
  const add = (text: string) => {
    const phrase = usablePhrase(text);
    if (phrase && !out.includes(phrase)) out.push(phrase);
  };
  add(dom.boundedText(picked, 121, 20));
  for (const element of dom.queryAll(picked, '*', 200)) {
    if (out.length >= 3) break;
    if (dom.childElementCount(element) === 0 && dom.isRendered(element)) add(dom.boundedText(element, 121, 5));
  }
  return out;
}

/** The field holding the key: the picked input, or the one input inside what was picked. */
function keyFieldOf(picked: Element, dom: SafeDom): Element | undefined {
  if (dom.matches(picked, 'input,textarea')) return picked;
  const inside = dom.queryAll(picked, 'input,textarea', 2);
  if (inside.length === 1) return inside[0];
  // A key shown as text (a `<code>`), not in a field.
  return dom.childElementCount(picked) === 0 ? picked : undefined;
}

/** When the profile finds no gateway window around the field: the title of the dialog it sits in. */
function windowTitleOf(field: Element, dom: SafeDom, doc: Document, profile: SiteProfile): string | undefined {
  if (findGatewayModal(doc, profile)) return undefined;
  let node: Element | undefined = field;
  for (let depth = 0; node && depth < 15; depth++, node = dom.parentOf(node)) {
    if (!dom.matches(node, '[role="dialog"],[role="alertdialog"],dialog,[aria-modal="true"]')) continue;
    const labelledBy = dom.attr(node, 'aria-labelledby');
    const title = labelledBy ? dom.elementsById(node, labelledBy.trim().split(/\s+/)[0] ?? '', 1)[0] : dom.queryAll(node, 'h1,h2,h3', 1)[0];
    return title ? usablePhrase(dom.boundedText(title, 121, 20)) : usablePhrase(dom.attr(node, 'aria-label'));
  }
  return undefined;
}
