/**
 * Coalesces a burst of "the page changed" pokes into one re-detection: run after the page has been quiet for
 * `quietMs`, but at least every `maxWaitMs` while it keeps changing (a page mutating 1,000 times a second never
 * goes quiet, and the agent still wants a fresh verdict).
 */
export interface RerunScheduler {
  poke(): void;
  cancel(): void;
}

export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
}

export function createRerunScheduler(run: () => void, options: { quietMs: number; maxWaitMs: number }, timers: Timers): RerunScheduler {
  let timer: number | undefined;
  let firstPokeAt: number | undefined;

  const fire = () => {
    timer = undefined;
    firstPokeAt = undefined;
    run();
  };

  return {
    poke() {
      const now = timers.now();
      firstPokeAt ??= now;
      if (timer !== undefined) timers.clearTimeout(timer);
      const untilDeadline = firstPokeAt + options.maxWaitMs - now;
      timer = timers.setTimeout(fire, Math.max(0, Math.min(options.quietMs, untilDeadline)));
    },
    cancel() {
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      firstPokeAt = undefined;
    },
  };
}
