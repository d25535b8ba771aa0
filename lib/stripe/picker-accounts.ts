import { findAccountIds, parseAccountId } from './account-id';
import { findConnectButton } from './connect-buttons';
import { accessibleName, labelsOf } from '../dom/visible-name.ts';
import { ancestorsOf, attr, containsDeep, elementById, isChecked, isDisabled, isOptionSelected, keepInnermost, parentElementDeep, rootOf, tagOf } from '../dom/element-access.ts';
import { queryAllDeep } from '../dom/search-roots.ts';
import { normalizeWords } from '../dom/text.ts';
import { isHidden } from '../dom/visibility.ts';
import { textChunksOf, visibleText } from '../dom/visible-text.ts';
import { BADGE_WORDS, GENERIC_GROUP_LABELS, matchesAny, NOT_ACCOUNT_CONTROL_WORDS } from './page-words';

/**
 * The accounts offered by Stripe's OAuth account picker. Rows are recognised by behaviour: ARIA radios/options,
 * native radios, toggle buttons, `<select>` options, or clickable rows showing an `acct_…` id. The row's first
 * non-badge text is the account name; an `acct_…` id in its (small) text is the account id; a labelled group around
 * some of the rows is the profile.
 */

export interface PickerAccount {
  name: string;
  /** Only when the row shows exactly one complete `acct_…` id. */
  accountId?: string;
  /** The profile (group of accounts) the row sits in, when the picker groups accounts. */
  profile?: string;
  selected: boolean;
  disabled: boolean;
  /** The control to click (radio input, ARIA radio/option, button, option). */
  element: Element;
  /** The visible row around the control (its label for native radios): what to highlight. */
  row: Element;
  /**
   * Set when the picker is a closed drop-down: this is the account it currently shows, and the other accounts only
   * appear once the agent opens it.
   */
  collapsed?: true;
}

interface Candidate {
  element: Element;
  collapsed?: true;
  row: Element;
  selected: boolean;
  /** What must be visible for the row to count (a `<select>` for its options). */
  shownBy: Element;
}

const ARIA_ROWS = '[role="radio"], [role="option"], [role="menuitemradio"]';
const MAX_ROWS = 200;

function ariaTrue(element: Element, name: string): boolean {
  return (attr(element, name) ?? '').trim().toLowerCase() === 'true';
}

/** A native radio's row: its list item when that holds only this radio, else its label, else its parent. */
function rowOfRadio(input: Element): Element {
  const item = ancestorsOf(input, 5).find((a) => ['li', 'tr'].includes(tagOf(a)) || attr(a, 'role') === 'listitem');
  if (item && queryAllDeep(item, 'input[type="radio"]').length === 1) return item;
  return labelsOf(input)[0] ?? parentElementDeep(input) ?? input;
}

function isAccountChooser(select: Element): boolean {
  const words = normalizeWords(`${accessibleName(select)} ${attr(select, 'name') ?? ''} ${attr(select, 'id') ?? ''}`);
  return !matchesAny(words, NOT_ACCOUNT_CONTROL_WORDS);
}

/** Positive evidence only: a drop-down labelled as an account chooser, or one showing an `acct_…` id. */
function isAccountDropDown(control: Element): boolean {
  const label = normalizeWords(
    [attr(control, 'aria-label'), attr(control, 'title'), attr(control, 'name'), attr(control, 'id')]
      .concat(attr(control, 'aria-labelledby') ? [accessibleName(control)] : [])
      .join(' '),
  );
  if (matchesAny(label, NOT_ACCOUNT_CONTROL_WORDS)) return false;
  return /\baccounts?\b/.test(label) || findAccountIds(visibleText(control)).length === 1;
}

function collectCandidates(doc: Document): Candidate[] {
  const candidates: Candidate[] = [];
  const taken = (element: Element): boolean =>
    candidates.some((c) => containsDeep(c.row, element) || containsDeep(element, c.element));

  for (const element of queryAllDeep(doc, ARIA_ROWS)) {
    const selected = ariaTrue(element, 'aria-checked') || ariaTrue(element, 'aria-selected');
    candidates.push({ element, row: element, selected, shownBy: element });
  }
  for (const element of queryAllDeep(doc, 'input[type="radio"]')) {
    if (taken(element)) continue;
    // Custom radios often hide the native input itself; the row (its label) is what must be visible.
    const row = rowOfRadio(element);
    candidates.push({ element, row, selected: isChecked(element), shownBy: row });
  }
  for (const element of queryAllDeep(doc, 'button[aria-pressed], [role="button"][aria-pressed]')) {
    if (taken(element)) continue;
    candidates.push({ element, row: element, selected: ariaTrue(element, 'aria-pressed'), shownBy: element });
  }
  for (const select of queryAllDeep(doc, 'select')) {
    if (!isAccountChooser(select)) continue;
    for (const option of queryAllDeep(select, 'option')) {
      if ((attr(option, 'value') ?? '') === '' || isDisabled(option) || taken(option)) continue;
      candidates.push({ element: option, row: option, selected: isOptionSelected(option), shownBy: select });
    }
  }
  // Last resort: clickable rows that show an account id and are none of the above (drop-down triggers excepted).
  const isDropDown = (element: Element): boolean =>
    attr(element, 'role') === 'combobox' || !['', 'false'].includes((attr(element, 'aria-haspopup') ?? '').toLowerCase());
  const clickable = queryAllDeep(doc, 'button, a[href], [role="button"], li').filter(
    (element) => !isDropDown(element) && findAccountIds(visibleText(element)).length === 1 && !taken(element),
  );
  for (const element of keepInnermost(clickable)) {
    const selected = ariaTrue(element, 'aria-selected') || ((attr(element, 'aria-current') ?? 'false') !== 'false');
    candidates.push({ element, row: element, selected, shownBy: element });
  }
  const visible = candidates.filter((c) => !isHidden(c.shownBy));
  return visible.length > 0 ? visible : collapsedChooser(doc);
}

/**
 * A closed account drop-down (`role="combobox"` or a listbox popup button) shows only the current account. Used only
 * when no rows are visible, and only when exactly one such control is on the page: several drop-downs are not guessed
 * between.
 */
function collapsedChooser(doc: Document): Candidate[] {
  const controls = queryAllDeep(doc, '[role="combobox"], button[aria-haspopup="listbox"]').filter(
    (control) => tagOf(control) !== 'input' && isAccountDropDown(control) && !isHidden(control),
  );
  const [only] = controls;
  if (!only || controls.length > 1) return [];
  return [{ element: only, row: only, selected: true, shownBy: only, collapsed: true }];
}

/** Rows near the Connect button, so a language picker in the footer or a decoy elsewhere does not count. */
function scopeToConnectForm(doc: Document, candidates: Candidate[]): Candidate[] {
  const connect = findConnectButton(doc);
  if (connect.status !== 'found') return candidates;
  for (const ancestor of ancestorsOf(connect.element)) {
    const inside = candidates.filter((c) => containsDeep(ancestor, c.element));
    if (inside.length > 0) return inside;
  }
  return candidates;
}

function readAccountId(candidate: Candidate, text: string): string | undefined {
  const ids = findAccountIds(`${text} ${attr(candidate.element, 'aria-label') ?? ''} ${attr(candidate.row, 'title') ?? ''}`);
  if (ids.length === 1) return ids[0];
  if (ids.length > 1) return undefined; // two ids in one row: do not guess
  // A radio's or option's value may carry the id even when the row does not show it.
  const value = attr(candidate.element, 'value') ?? '';
  const parsed = parseAccountId(value);
  return parsed.valid && parsed.id === value ? parsed.id : undefined;
}

function readName(candidate: Candidate, profile: string | undefined): string {
  const chunks = textChunksOf(candidate.row);
  const isNameChunk = (chunk: string): boolean => {
    const words = normalizeWords(chunk);
    return (
      findAccountIds(chunk).length === 0 &&
      !matchesAny(words, BADGE_WORDS) &&
      (profile === undefined || words !== normalizeWords(profile))
    );
  };
  const fromText = chunks.find(isNameChunk);
  if (fromText) return fromText;
  const label = (attr(candidate.element, 'aria-label') ?? '').replace(/acct_[A-Za-z0-9]+/g, '').trim();
  return label || accessibleName(candidate.element).replace(/acct_[A-Za-z0-9]+/g, '').trim();
}

/** The label of a grouping element, when it is one (fieldset, ARIA group, labelled section, or a headed block). */
function groupLabel(element: Element): string | undefined {
  const tag = tagOf(element);
  if (tag === 'fieldset') {
    const legend = queryAllDeep(element, 'legend')[0];
    if (legend) return visibleText(legend) || undefined;
  }
  const role = (attr(element, 'role') ?? '').toLowerCase();
  if (['group', 'radiogroup', 'listbox', 'list', 'region'].includes(role) || tag === 'section' || tag === 'optgroup') {
    const labelledBy = attr(element, 'aria-labelledby');
    const root = rootOf(element);
    const byId = labelledBy && root ? elementById(root, labelledBy.split(/\s+/)[0] ?? '') : undefined;
    const label = ((byId ? visibleText(byId) : '') || attr(element, 'aria-label') || attr(element, 'label') || '').trim();
    if (label && !matchesAny(normalizeWords(label), GENERIC_GROUP_LABELS)) return label;
  }
  return undefined;
}

function headingOf(element: Element): string | undefined {
  for (const child of queryAllDeep(element, 'h1, h2, h3, h4, h5, h6, [role="heading"]')) {
    if (parentElementDeep(child) !== element) continue;
    const text = visibleText(child);
    if (text && !matchesAny(normalizeWords(text), GENERIC_GROUP_LABELS)) return text;
  }
  return undefined;
}

/** The nearest labelled group around each row, kept only where groups actually split the rows. */
function readProfiles(candidates: Candidate[]): Array<string | undefined> {
  const groups = candidates.map((candidate) => {
    for (const ancestor of ancestorsOf(candidate.row, 30)) {
      const label = groupLabel(ancestor) ?? headingOf(ancestor);
      if (label) return { ancestor, label };
    }
    return undefined;
  });
  return groups.map((group) => {
    if (!group) return undefined;
    const holdsAll = candidates.every((c) => containsDeep(group.ancestor, c.row));
    return holdsAll ? undefined : group.label;
  });
}

/** Accounts offered by Stripe's OAuth picker, in page order for each kind of row. Empty when the page shows no picker. */
export function readPickerAccounts(doc: Document): PickerAccount[] {
  try {
    const candidates = scopeToConnectForm(doc, collectCandidates(doc)).slice(0, MAX_ROWS);
    const profiles = readProfiles(candidates);
    const accounts: PickerAccount[] = [];
    candidates.forEach((candidate, index) => {
      const profile = profiles[index];
      const text = visibleText(candidate.row);
      const accountId = readAccountId(candidate, text);
      const name = readName(candidate, profile) || accountId || '';
      if (!name) return;
      accounts.push({
        name,
        ...(accountId ? { accountId } : {}),
        ...(profile ? { profile } : {}),
        selected: candidate.selected,
        ...(candidate.collapsed ? { collapsed: true as const } : {}),
        disabled: isDisabled(candidate.element) || isDisabled(candidate.row),
        element: candidate.element,
        row: candidate.row,
      });
    });
    return accounts;
  } catch {
    return [];
  }
}

/** The selected account, or undefined when none or several are selected. */
export function readSelectedPickerAccount(doc: Document): PickerAccount | undefined {
  const selected = readPickerAccounts(doc).filter((account) => account.selected);
  return selected.length === 1 ? selected[0] : undefined;
}
