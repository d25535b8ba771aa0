/**
 * Runs async tasks one at a time. Storage updates are read-modify-write; two reports arriving together must not
 * overwrite each other's result.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
