import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contextTimers } from '../../lib/content/context-timers';
import { createRerunScheduler } from '../../lib/content/rerun-scheduler';

describe('content-script timers', () => {
  afterEach(() => vi.useRealTimers());

  it('leave nothing behind per timer: 1,000 pokes register no invalidation listener', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('timers-test');
    const listen = vi.spyOn(ctx.signal, 'addEventListener');
    const runs = vi.fn();
    const scheduler = createRerunScheduler(runs, { quietMs: 150, maxWaitMs: 1000 }, contextTimers(ctx));
    for (let i = 0; i < 1000; i++) {
      scheduler.poke();
      vi.advanceTimersByTime(1);
    }
    expect(listen).not.toHaveBeenCalled();
    // A page that never goes quiet still gets a fresh detection at least every maxWaitMs.
    expect(runs).toHaveBeenCalledTimes(1);
    scheduler.poke();
    vi.advanceTimersByTime(150);
    expect(runs).toHaveBeenCalledTimes(2);
  });

  it('never fire once the context has ended', () => {
    vi.useFakeTimers();
    const ctx = { isValid: true };
    const handler = vi.fn();
    contextTimers(ctx).setTimeout(handler, 10);
    ctx.isValid = false;
    vi.advanceTimersByTime(20);
    expect(handler).not.toHaveBeenCalled();
  });
});
