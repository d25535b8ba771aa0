/**
 * The support report's one redactor: every string of the report (its data, its Markdown, its summary) goes through
 * it. Anything shaped like a Stripe key (`pk_`/`sk_`/`rk_`, live or test), a Stripe account id (`acct_…`), an email
 * address, or the `code`/`state` value of a redirect URL, of 8 characters or more, keeps only its last 4 characters:
 *   pk_live_51AbC…xyzAbCd → pk_live_…AbCd      acct_1Abc…9xYz → acct_…9xYz
 *   jane.doe@example.com  → …@….com            ?code=ac_123456789 → ?code=…6789
 * The kind stays readable (the prefix of a key or id says which one it is; it is no secret), the rest is gone. The
 * result never matches a shape again, so redacting twice changes nothing.
 */
import { mapStrings } from '../map-strings';

/** Keys: live/test ones anywhere, even glued to other text; bare `sk_…` only at a word start ("desk_top" stays). */
const KEY = String.raw`(?:[psr]k_(?:live|test)_|(?<![A-Za-z\d])[psr]k_)[A-Za-z\d]+`;
const ACCOUNT = String.raw`acct_[A-Za-z\d]+`;
const EMAIL = String.raw`[\w.%+-]+@[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)+`;
const URL_SECRET = String.raw`(?<=[?&#](?:code|state)=)[^&#\s"'<>)\]]+`;

/** Every shape the report hides, in one pattern; the content script's cover finds the same shapes on the page. */
export const SECRET_SHAPES = `${EMAIL}|${KEY}|${ACCOUNT}|${URL_SECRET}`;

/** What is kept of a secret: its kind's prefix, if it has one, and its last 4 characters. */
const MIN_SECRET = 8;
const KEPT = 4;

function hide(secret: string): string {
  if (secret.length < MIN_SECRET) return secret;
  const end = secret.slice(-KEPT);
  if (secret.includes('@')) return `…@…${end}`;
  const prefix = /^(?:[psr]k_(?:live_|test_)?|acct_)/.exec(secret)?.[0] ?? '';
  return `${prefix}…${end}`;
}

export function redactReportText(text: string): string {
  return text.replace(new RegExp(SECRET_SHAPES, 'gi'), hide);
}

/** Every string inside a value, redacted; the shape of the value is unchanged. */
export function redactReportDeep<T>(value: T): T {
  return mapStrings(value, redactReportText);
}
