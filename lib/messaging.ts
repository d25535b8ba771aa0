/**
 * Sending side of lib/protocol.ts, for content scripts and extension pages. A content script outliving its extension
 * (update or reload under an open tab) gets a clear `{ ok: false }` here instead of an "Extension context invalidated"
 * exception; callers treat that as "stop quietly".
 */
import { browser } from 'wxt/browser';
import type { MessageOf, MessageType, Replies, Reply } from './protocol';

export const CONTEXT_GONE = 'extension-context-gone';
/** The background took the message but gave no reply; pages word it with replyErrorText (components/text/). */
export const NO_ANSWER = 'extension-no-answer';

/** Sends `message`; the reply's value has the type the protocol gives that message type (`Replies`). */
export async function sendToBackground<T extends MessageType>(message: MessageOf<T>): Promise<Reply<Replies[T]>> {
  try {
    if (!browser.runtime?.id) return { ok: false, error: CONTEXT_GONE };
    // The one cast: the browser types replies as unknown; the background's router answers with Replies[T].
    const reply = (await browser.runtime.sendMessage(message)) as Reply<Replies[T]> | undefined;
    return reply ?? { ok: false, error: NO_ANSWER };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, error: /context invalidated|Receiving end does not exist/i.test(text) ? CONTEXT_GONE : text };
  }
}
