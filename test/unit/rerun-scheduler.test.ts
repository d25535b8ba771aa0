import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRerunScheduler } from '../../lib/content/rerun-scheduler';

describe('createRerunScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const timers = {
    setTimeout: (h: () => void, ms: number) => setTimeout(h, ms) as unknown as number,
    clearTimeout: (id: number) => clearTimeout(id),
    now: () => Date.now(),
  };

  it('runs once after a quiet period, however many pokes came before', () => {
    const run = vi.fn();
    const scheduler = createRerunScheduler(run, { quietMs: 200, maxWaitMs: 1000 }, timers);
    for (let i = 0; i < 50; i++) scheduler.poke();
    vi.advanceTimersByTime(199);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('still runs every maxWaitMs under a page that never stops changing', () => {
    const run = vi.fn();
    const scheduler = createRerunScheduler(run, { quietMs: 200, maxWaitMs: 1000 }, timers);
    for (let t = 0; t < 3000; t += 1) {
      scheduler.poke();
      vi.advanceTimersByTime(1);
    }
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('cancel drops the pending run', () => {
    const run = vi.fn();
    const scheduler = createRerunScheduler(run, { quietMs: 100, maxWaitMs: 500 }, timers);
    scheduler.poke();
    scheduler.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});
