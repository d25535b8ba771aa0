/**
 * Sending side of lib/protocol.ts, for content scripts and extension pages. A content script outliving its extension
 * (update or reload under an open tab) gets a clear `{ ok: false }` here instead of an "Extension context invalidated"
 * exception; callers treat that as "stop quietly".
 */
import { browser } from 'wxt/browser';
import type { Message, Reply } from './protocol';

export const CONTEXT_GONE = 'extension-context-gone';

export async function sendToBackground<T = unknown>(message: Message): Promise<Reply<T>> {
  try {
    if (!browser.runtime?.id) return { ok: false, error: CONTEXT_GONE };
    const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'No answer from the extension (the message was not accepted).' };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, error: /context invalidated|Receiving end does not exist/i.test(text) ? CONTEXT_GONE : text };
  }
}
