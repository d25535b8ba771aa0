/**
 * Sending from a content script: observations once per change of their content (pages re-render, the guide needs
 * each event once), and a quiet stop when the extension was updated or reloaded under the tab. Every content-script
 * message leaves through `send`, so page text is redacted of secret key shapes here, once, for all of them.
 */
import { CONTEXT_GONE, sendToBackground } from '../messaging';
import type { MessageOf, MessageType, Observation, ObservationReply, Replies, Reply } from '../protocol';
import { redactKeysDeep } from '../redact-keys';

export function createObservationSender(onContextGone: () => void) {
  const last = new Map<Observation['kind'], string>();
  let onView: ((view: unknown) => void) | undefined;
  const send = async <T extends MessageType>(message: MessageOf<T>): Promise<Reply<Replies[T]>> => {
    const reply = await sendToBackground(redactKeysDeep(message));
    if (!reply.ok && reply.error === CONTEXT_GONE) onContextGone();
    return reply;
  };
  return {
    send,
    /** `repeat`: send even if identical to the last one of its kind (clicks are events, not states). */
    observe(observation: Observation, { repeat = false } = {}): Promise<Reply<ObservationReply>> | undefined {
      const key = JSON.stringify(observation);
      if (!repeat && last.get(observation.kind) === key) return undefined;
      last.set(observation.kind, key);
      const reply = send({ type: 'guide/observed', observation });
      void reply.then((r) => {
        if (onView && r.ok && r.value && 'view' in r.value) onView(r.value.view);
      });
      return reply;
    },
    /** Where the page view in an observation's reply goes (page-view-source.ts `accept`). */
    passViewsTo(listener: (view: unknown) => void) {
      onView = listener;
    },
    forget(kind: Observation['kind']) {
      last.delete(kind);
    },
    /** A new guide took this tab: it has seen nothing yet, so everything current must be said again. */
    forgetAll() {
      last.clear();
    },
  };
}
