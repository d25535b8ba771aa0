/**
 * The key and account-id checks in words: lib/stripe/ reads keys and ids and compares them, giving codes and values
 * (stripe-key.ts, account-id.ts, text-safety.ts, compare-keys.ts); this says what they mean. Sides of a comparison are
 * named by the caller ("the key in Kartra"), in the agent's language.
 */
import { t } from '../../lib/i18n';
import type { AccountIdProblem } from '../../lib/stripe/account-id';
import type { AccountComparison, KeyComparison } from '../../lib/stripe/compare-keys';
import type { KeyMode, KeyProblem } from '../../lib/stripe/stripe-key';
import { describeCodePoint, type CharacterName } from '../../lib/stripe/text-safety';

const CHARACTER_NAME: Readonly<Record<CharacterName, () => string>> = {
  'no-break-space': () => t('keyCheck.character.noBreakSpace'),
  'soft-hyphen': () => t('keyCheck.character.softHyphen'),
  'zero-width-space': () => t('keyCheck.character.zeroWidthSpace'),
  'zero-width-non-joiner': () => t('keyCheck.character.zeroWidthNonJoiner'),
  'zero-width-joiner': () => t('keyCheck.character.zeroWidthJoiner'),
  'left-to-right-mark': () => t('keyCheck.character.leftToRightMark'),
  'right-to-left-mark': () => t('keyCheck.character.rightToLeftMark'),
  'left-to-right-embedding': () => t('keyCheck.character.leftToRightEmbedding'),
  'right-to-left-embedding': () => t('keyCheck.character.rightToLeftEmbedding'),
  'pop-directional-formatting': () => t('keyCheck.character.popDirectionalFormatting'),
  'left-to-right-override': () => t('keyCheck.character.leftToRightOverride'),
  'right-to-left-override': () => t('keyCheck.character.rightToLeftOverride'),
  'word-joiner': () => t('keyCheck.character.wordJoiner'),
  'left-to-right-isolate': () => t('keyCheck.character.leftToRightIsolate'),
  'right-to-left-isolate': () => t('keyCheck.character.rightToLeftIsolate'),
  'first-strong-isolate': () => t('keyCheck.character.firstStrongIsolate'),
  'pop-directional-isolate': () => t('keyCheck.character.popDirectionalIsolate'),
  'byte-order-mark': () => t('keyCheck.character.byteOrderMark'),
  'full-width-character': () => t('keyCheck.character.fullWidth'),
  'cyrillic-letter': () => t('keyCheck.character.cyrillicLetter'),
  'greek-letter': () => t('keyCheck.character.greekLetter'),
  'combining-mark': () => t('keyCheck.character.combiningMark'),
  'control-character': () => t('keyCheck.character.controlCharacter'),
  'space-character': () => t('keyCheck.character.spaceCharacter'),
};

/** "U+200B (zero-width space)", or just "U+1F511" for a character we have no name for. */
export function codePointText(codePoint: number): string {
  const { hex, name } = describeCodePoint(codePoint);
  return name ? `${hex} (${CHARACTER_NAME[name]()})` : hex;
}

type KeyProblemCode = KeyProblem['code'];
const KEY_PROBLEM_TEXT: { [C in KeyProblemCode]: (problem: KeyProblem & { code: C }) => string } = {
  'not-text': () => t('keyCheck.key.notText'),
  empty: () => t('keyCheck.key.empty'),
  'too-long': ({ maxLength }) => t('keyCheck.key.tooLong', { max: String(maxLength) }),
  'invisible-character': ({ codePoint, position }) =>
    t('keyCheck.key.invisible', { character: codePointText(codePoint), position: String(position) }),
  'look-alike-character': ({ codePoint, position }) =>
    t('keyCheck.key.lookAlike', { character: codePointText(codePoint), position: String(position) }),
  'account-id': () => t('keyCheck.key.accountId'),
  'client-id': () => t('keyCheck.key.clientId'),
  'webhook-secret': () => t('keyCheck.key.webhookSecret'),
  'capital-prefix': () => t('keyCheck.key.capitalPrefix'),
  'missing-mode': () => t('keyCheck.key.missingMode'),
  'not-a-key': () => t('keyCheck.key.notAKey'),
  'inner-whitespace': ({ position }) => t('keyCheck.key.innerWhitespace', { position: String(position) }),
  'bad-characters': () => t('keyCheck.key.badCharacters'),
  'too-short': () => t('keyCheck.key.tooShort'),
};

/** What is wrong with a pasted key (InvalidKey.problem); never repeats the key. */
export function keyProblemText(problem: KeyProblem): string {
  return (KEY_PROBLEM_TEXT[problem.code] as (problem: KeyProblem) => string)(problem);
}

type AccountIdProblemCode = AccountIdProblem['code'];
const ACCOUNT_ID_PROBLEM_TEXT: { [C in AccountIdProblemCode]: (problem: AccountIdProblem & { code: C }) => string } = {
  'not-text': () => t('keyCheck.accountId.notText'),
  'too-long': () => t('keyCheck.accountId.tooLong'),
  empty: () => t('keyCheck.accountId.empty'),
  'invisible-character': ({ codePoint, position }) =>
    t('keyCheck.accountId.invisible', { character: codePointText(codePoint), position: String(position) }),
  'look-alike-character': ({ codePoint, position }) =>
    t('keyCheck.accountId.lookAlike', { character: codePointText(codePoint), position: String(position) }),
  'not-an-account-id': () => t('keyCheck.accountId.notAnAccountId'),
};

export function accountIdProblemText(problem: AccountIdProblem): string {
  return (ACCOUNT_ID_PROBLEM_TEXT[problem.code] as (problem: AccountIdProblem) => string)(problem);
}

const MODE_TEXT: Readonly<Record<KeyMode, () => string>> = {
  live: () => t('keyCheck.mode.live'),
  test: () => t('keyCheck.mode.test'),
};

/** A side's name where it starts a sentence: "the key in Kartra" → "The key in Kartra". */
function atStart(side: string): string {
  return side.charAt(0).toLocaleUpperCase() + side.slice(1);
}

/** How the two keys of a comparison are called, e.g. `[t('accountCheck.sideKartra'), t('accountCheck.sideDashboard')]`. */
export type ComparisonSides = readonly [string, string];

type KeyVerdict = KeyComparison['verdict'];
const KEY_COMPARISON_TEXT: { [V in KeyVerdict]: (comparison: Extract<KeyComparison, { verdict: V }>, sides: ComparisonSides) => string } = {
  invalid: ({ problems }, sides) =>
    problems
      .flatMap((problem, i) => (problem ? [t('keyCheck.keys.notValid', { side: atStart(sides[i]!), problem: keyProblemText(problem) })] : []))
      .join(' '),
  'same-key': ({ redactedKey }) => t('keyCheck.keys.sameKey', { key: redactedKey }),
  'cannot-tell': ({ legacy }, [first, second]) =>
    legacy === 'both' ? t('keyCheck.keys.bothOlder') : t('keyCheck.keys.oneOlder', { side: atStart(legacy === 'first' ? first : second) }),
  'different-account': ({ accounts: [firstAccount, secondAccount], modes: [firstMode, secondMode] }, [first, second]) =>
    firstMode === secondMode
      ? t('keyCheck.keys.differentAccounts', { first, firstAccount, second, secondAccount })
      : t('keyCheck.keys.differentAccountsAndModes', {
          first,
          firstAccount,
          second,
          secondAccount,
          firstMode: MODE_TEXT[firstMode](),
          secondMode: MODE_TEXT[secondMode](),
        }),
  'mode-mismatch': ({ account, modes: [firstMode, secondMode] }, [first, second]) =>
    t('keyCheck.keys.modeMismatch', {
      account,
      first,
      firstMode: MODE_TEXT[firstMode](),
      second,
      secondMode: MODE_TEXT[secondMode](),
      hint: t('keyCheck.liveKeyHint'),
    }),
  'same-account': ({ account }) => t('keyCheck.keys.sameAccount', { account }),
};

/** compareKeys' verdict explained, naming the sides as given (by default "the first key" and "the second key"). */
export function keyComparisonText(comparison: KeyComparison, sides?: ComparisonSides): string {
  const named = sides ?? [t('keyCheck.side.firstKey'), t('keyCheck.side.secondKey')];
  return (KEY_COMPARISON_TEXT[comparison.verdict] as (comparison: KeyComparison, sides: ComparisonSides) => string)(comparison, named);
}

type AccountVerdict = AccountComparison['verdict'];
const ACCOUNT_COMPARISON_TEXT: { [V in AccountVerdict]: (comparison: Extract<AccountComparison, { verdict: V }>, side: string) => string } = {
  invalid: ({ keyProblem, accountIdProblem }, side) =>
    [
      ...(keyProblem ? [t('keyCheck.keys.notValid', { side: atStart(side), problem: keyProblemText(keyProblem) })] : []),
      ...(accountIdProblem ? [t('keyCheck.withAccount.idNotValid', { problem: accountIdProblemText(accountIdProblem) })] : []),
    ].join(' '),
  'cannot-tell': ({ cause, account }, side) =>
    cause === 'legacy-key' ? t('keyCheck.withAccount.olderKey', { side: atStart(side), account }) : t('keyCheck.withAccount.unusualId', { account }),
  'same-account': ({ account, mode }, side) =>
    mode === 'test'
      ? t('keyCheck.withAccount.sameAccountTestKey', { side: atStart(side), account, hint: t('keyCheck.liveKeyHint') })
      : t('keyCheck.withAccount.sameAccount', { side: atStart(side), account }),
  'different-account': ({ account, keyAccount }, side) => t('keyCheck.withAccount.differentAccount', { side: atStart(side), keyAccount, account }),
};

/** compareKeyWithAccount's verdict explained, naming the key as given (by default "the key"). */
export function accountComparisonText(comparison: AccountComparison, side?: string): string {
  const named = side ?? t('keyCheck.side.theKey');
  return (ACCOUNT_COMPARISON_TEXT[comparison.verdict] as (comparison: AccountComparison, side: string) => string)(comparison, named);
}
