import { accessibleName } from '../dom/visible-name.ts';
import { ancestorsOf, attr, containsDeep, keepInnermost, tagOf } from '../dom/element-access.ts';
import { queryAllDeep } from '../dom/search-roots.ts';
import { normalizeWords } from '../dom/text.ts';
import { isHidden } from '../dom/visibility.ts';
import { CANCEL_BUTTON_WORDS, CONNECT_BUTTON_WORDS, matchesAny, SIGN_IN_WORDS, type WordRule } from './page-words';

/**
 * Buttons and forms on Stripe's OAuth pages, found by what they say and do (role, accessible name, input type),
 * never by class names, which Stripe hashes.
 */

/** Outcome of looking for one element: several equally good matches are reported, not guessed between. */
export type ElementLookup<T extends Element = Element> =
  | { status: 'found'; element: T }
  | { status: 'none' }
  | { status: 'ambiguous'; elements: T[] };

export interface LoginForm {
  /** The `<form>` holding the inputs, when there is one. */
  form?: Element;
  email?: HTMLInputElement;
  /** Absent on the first step of a two-step sign-in. */
  password?: HTMLInputElement;
  submit?: Element;
}

const BUTTONS = 'button, input[type="submit"], input[type="button"], [role="button"]';
const LINKS = 'a[href]';
const EMAIL_NAME = /e-?mail|user(name)?|login/i;

function lookup<T extends Element>(elements: readonly T[]): ElementLookup<T> {
  const innermost = keepInnermost(elements);
  const [first] = innermost;
  if (!first) return { status: 'none' };
  return innermost.length === 1 ? { status: 'found', element: first } : { status: 'ambiguous', elements: innermost };
}

function findByWords(root: Document | Element, rules: readonly WordRule[]): ElementLookup {
  // Buttons first; a link only counts when no button says the words (a nav link "Connect" is not the action).
  for (const selector of [BUTTONS, LINKS]) {
    const matching = queryAllDeep(root, selector).filter(
      (element) => matchesAny(normalizeWords(accessibleName(element)), rules) && !isHidden(element),
    );
    if (matching.length > 0) return lookup(matching);
  }
  return { status: 'none' };
}

/** The "Connect" button under Stripe's account picker. */
export function findConnectButton(doc: Document): ElementLookup {
  return findByWords(doc, CONNECT_BUTTON_WORDS);
}

/** The way out of Stripe's OAuth page without connecting ("Cancel", "Back to Kartra"). */
export function findCancelButton(doc: Document): ElementLookup {
  return findByWords(doc, CANCEL_BUTTON_WORDS);
}

function inputType(input: Element): string {
  return (attr(input, 'type') ?? 'text').trim().toLowerCase();
}

function isEmailInput(input: Element): boolean {
  const type = inputType(input);
  const autocomplete = (attr(input, 'autocomplete') ?? '').toLowerCase();
  if (type === 'email') return true;
  if (type !== 'text') return false;
  return /\b(username|email)\b/.test(autocomplete) || EMAIL_NAME.test(`${attr(input, 'name') ?? ''} ${attr(input, 'id') ?? ''}`);
}

function formOf(element: Element): Element | undefined {
  return ancestorsOf(element).find((ancestor) => tagOf(ancestor) === 'form');
}

function isSubmitControl(element: Element): boolean {
  const tag = tagOf(element);
  const type = (attr(element, 'type') ?? '').toLowerCase();
  return (tag === 'button' && (type === '' || type === 'submit')) || (tag === 'input' && type === 'submit');
}

function findSubmit(scope: Element | Document): Element | undefined {
  const buttons = queryAllDeep(scope, BUTTONS).filter((button) => !isHidden(button));
  const named = keepInnermost(buttons.filter((button) => matchesAny(normalizeWords(accessibleName(button)), SIGN_IN_WORDS)));
  if (named.length === 1) return named[0];
  const submits = named.length > 1 ? named.filter(isSubmitControl) : buttons.filter(isSubmitControl);
  return submits.length === 1 ? submits[0] : undefined;
}

/**
 * Stripe's sign-in form: email and/or password input and its sign-in button. Undefined when the page has no visible
 * password input and no email input with a sign-in button (an email field alone may be a newsletter box).
 */
export function findLoginForm(doc: Document): LoginForm | undefined {
  const inputs = queryAllDeep(doc, 'input').filter((input) => !isHidden(input));
  const passwords = inputs.filter((input) => inputType(input) === 'password');
  const emails = inputs.filter(isEmailInput);
  // A sign-up form next to the sign-in one asks for a new password; prefer the current-password field.
  const password =
    passwords.find((input) => (attr(input, 'autocomplete') ?? '').includes('current-password')) ?? passwords[0];
  const form = password ? formOf(password) : emails.map(formOf).find((candidate) => candidate !== undefined);
  const email = form ? (emails.find((input) => containsDeep(form, input)) ?? (password ? undefined : emails[0])) : emails[0];
  if (!password && !email) return undefined;
  const submit = findSubmit(form ?? doc);
  if (!password && !submit) return undefined;
  return {
    ...(form ? { form } : {}),
    ...(email ? { email: email as HTMLInputElement } : {}),
    ...(password ? { password: password as HTMLInputElement } : {}),
    ...(submit ? { submit } : {}),
  };
}
