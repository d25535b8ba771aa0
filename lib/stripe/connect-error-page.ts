import { domOf } from '../dom/shared-dom.ts';
import { queryAllDeep } from '../dom/search-roots.ts';
import { textChunksOf } from '../dom/visible-text.ts';

/**
 * Stripe shows authorize errors other than a denial (`invalid_scope`, `invalid_redirect_uri`, `invalid_request`,
 * `unsupported_response_type`) as a bare JSON body on its own page: `{"error":"…","error_description":"…"}`.
 * The text is parsed defensively (size cap, caught parse) and its shape checked by hand (this runs in the Stripe content
 * script, where zod would blow the size budget); only the two known fields are copied out, so nothing else, such as
 * a `__proto__` key, survives.
 */

export interface ConnectError {
  error: string;
  error_description?: string;
}

const ERROR_CODE = /^[a-z][a-z0-9_]{0,99}$/;

function toConnectError(data: unknown): ConnectError | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const error: unknown = Object.getOwnPropertyDescriptor(data, 'error')?.value;
  const description: unknown = Object.getOwnPropertyDescriptor(data, 'error_description')?.value;
  if (typeof error !== 'string' || !ERROR_CODE.test(error)) return undefined;
  if (description !== undefined && (typeof description !== 'string' || description.length > 2000)) return undefined;
  return description === undefined ? { error } : { error, error_description: description };
}

/** A JSON error body is short; a page with more text is not one. */
const MAX_JSON_TEXT = 20_000;

/** Parse text that should be a Stripe OAuth error body; undefined for anything else. Never throws. */
export function parseConnectErrorText(text: string): ConnectError | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  if (trimmed.length > MAX_JSON_TEXT || !trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  return toConnectError(data);
}

/**
 * The error a Connect error page shows, or undefined when the page is not one. Looks at `<pre>` blocks (how browsers
 * render a JSON response) and then at the body's whole text.
 */
export function readConnectErrorPage(doc: Document): ConnectError | undefined {
  try {
    const dom = domOf(doc);
    for (const pre of queryAllDeep(doc, 'pre')) {
      // One character over the cap is enough for the parser to refuse it.
      const text = dom.textContent(pre, MAX_JSON_TEXT + 1);
      const parsed = parseConnectErrorText(text);
      if (parsed) return parsed;
    }
    const body = dom.queryAll(doc, 'body', 1)[0];
    return body ? parseConnectErrorText(textChunksOf(body).join('')) : undefined;
  } catch {
    return undefined;
  }
}
