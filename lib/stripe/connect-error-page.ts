import { z } from 'zod';
import { queryAllDeep, readVia, textChunksOf } from './dom-search';

/**
 * Stripe shows authorize errors other than a denial (`invalid_scope`, `invalid_redirect_uri`, `invalid_request`,
 * `unsupported_response_type`) as a bare JSON body on its own page: `{"error":"…","error_description":"…"}`.
 * The text is parsed defensively (size cap, caught parse) and its shape checked with zod, which also drops any
 * unexpected keys such as `__proto__`.
 */

export const ConnectErrorSchema = z.object({
  error: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z][a-z0-9_]*$/),
  error_description: z.string().max(2000).optional(),
});

export type ConnectError = z.infer<typeof ConnectErrorSchema>;

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
  const result = ConnectErrorSchema.safeParse(data);
  return result.success ? result.data : undefined;
}

/**
 * The error a Connect error page shows, or undefined when the page is not one. Looks at `<pre>` blocks (how browsers
 * render a JSON response) and then at the body's whole text.
 */
export function readConnectErrorPage(doc: Document): ConnectError | undefined {
  try {
    for (const pre of queryAllDeep(doc, 'pre')) {
      const text = readVia<string>('Node', pre, 'textContent') ?? '';
      const parsed = parseConnectErrorText(text);
      if (parsed) return parsed;
    }
    const body = readVia<HTMLElement | null>('Document', doc, 'body');
    return body ? parseConnectErrorText(textChunksOf(body).join('')) : undefined;
  } catch {
    return undefined;
  }
}
