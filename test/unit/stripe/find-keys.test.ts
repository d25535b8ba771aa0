import { describe, expect, it } from 'vitest';
import { findPublishableKeys } from '../../../lib/stripe/find-keys';
import { ACME_PK_LIVE, ACME_PK_TEST, ACME_SK_LIVE, CANARY_RK_TEST, LEGACY_PK_TEST } from '../../fixtures/stripe/keys';

describe('findPublishableKeys', () => {
  it('finds complete publishable keys in text, once each, in order', () => {
    const text = `Publishable key: ${ACME_PK_LIVE}\nTest: ${ACME_PK_TEST} (again ${ACME_PK_LIVE}); old ${LEGACY_PK_TEST}.`;
    expect(findPublishableKeys(text)).toEqual([ACME_PK_LIVE, ACME_PK_TEST, LEGACY_PK_TEST]);
  });

  it('never collects secret or restricted keys', () => {
    expect(findPublishableKeys(`${ACME_SK_LIVE} ${CANARY_RK_TEST}`)).toEqual([]);
  });

  it.each([
    ['truncated with …', `${ACME_PK_LIVE.slice(0, 30)}…`],
    ['truncated with ...', `${ACME_PK_LIVE.slice(0, 30)}...`],
    ['split by a zero-width space', `${ACME_PK_LIVE.slice(0, 30)}\u200B${ACME_PK_LIVE.slice(30)}`],
    ['followed by a Cyrillic letter', `${ACME_PK_LIVE}\u0430`],
    ['glued to a word', `x${ACME_PK_LIVE}`],
    ['after a zero-width joiner', `\u200D${ACME_PK_LIVE}`],
    ['too short', 'pk_live_51Fake'],
  ])('does not read a key that is %s', (_name, text) => {
    expect(findPublishableKeys(text)).toEqual([]);
  });

  it('keys in punctuation and markup-ish text are found', () => {
    expect(findPublishableKeys(`"${ACME_PK_LIVE}"`)).toEqual([ACME_PK_LIVE]);
    expect(findPublishableKeys(`<code>${ACME_PK_LIVE}</code>`)).toEqual([ACME_PK_LIVE]);
    expect(findPublishableKeys(`value=${ACME_PK_LIVE}.`)).toEqual([ACME_PK_LIVE]);
  });

  it('copes with 1 MB of text', () => {
    expect(findPublishableKeys(`${'pk_live_'.repeat(130_000)}`)).toEqual([]);
    expect(findPublishableKeys(`${ACME_PK_LIVE} ${'z'.repeat(1 << 20)}`)).toEqual([ACME_PK_LIVE]);
  });
});
