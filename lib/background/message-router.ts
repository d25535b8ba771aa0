/**
 * The one `runtime.onMessage` listener: parse with zod, decide trust from `sender`, dispatch to the handler of the
 * message type, and always answer with a `Reply` envelope. Anything malformed or not allowed is dropped silently
 * (answering would tell a probing page what exists).
 */
import type { Runtime } from 'webextension-polyfill';
import { parseMessage, type Message, type MessageOf, type MessageType, type Replies, type Reply } from '../protocol';
import { redactKeysDeep } from '../redact-keys';
import { classifySender, isAllowed, type Sender } from '../trust';

export type Handlers = {
  [T in MessageType]: (message: MessageOf<T>, sender: Exclude<Sender, { kind: 'untrusted' }>) => Promise<Replies[T]>;
};

export interface RouterIdentity {
  extensionId: string;
  extensionOrigin: string;
}

export function createMessageRouter(handlers: Handlers, identity: RouterIdentity) {
  return (raw: unknown, runtimeSender: Runtime.MessageSender): Promise<Reply> | undefined => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    const sender = classifySender(runtimeSender, identity.extensionId, identity.extensionOrigin);
    if (sender.kind === 'untrusted' || !isAllowed(sender, message)) return undefined;
    // Content scripts redact page text before sending; a compromised one may not. Redacting here, once, keeps every
    // key shape out of whatever a handler stores or answers.
    return dispatch(handlers, sender.kind === 'content-script' ? redactKeysDeep(message) : message, sender);
  };
}

async function dispatch(handlers: Handlers, message: Message, sender: Exclude<Sender, { kind: 'untrusted' }>): Promise<Reply> {
  const handler = handlers[message.type] as (m: Message, s: typeof sender) => Promise<unknown>;
  try {
    return { ok: true, value: await handler(message, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
