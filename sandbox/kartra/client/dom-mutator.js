// For the performance benchmark (scenario `mutate=N`): change the tiles area N times per second, the way a live
// "last synced" clock would, so the extension's observers can be measured under churn.
import { cx } from './class-names.js';
import { h } from './dom.js';

export function startMutating(list, perSecond, signal) {
  // Timers fire at most every few ms, so high rates do several changes per tick.
  const tickMs = Math.max(16, 1000 / perSecond);
  const perTick = (perSecond * tickMs) / 1000;
  let owed = 0;
  let count = 0;
  const timer = setInterval(() => {
    owed += perTick;
    for (; owed >= 1; owed -= 1) mutateOneTile(list, (count += 1));
  }, tickMs);
  signal.addEventListener('abort', () => clearInterval(timer));
}

function mutateOneTile(list, count) {
  const tiles = list.children;
  if (tiles.length === 0) return;
  const meta = tiles[(count * 7919) % tiles.length].querySelector(`.${cx('tileMeta')}`);
  if (!meta) return;
  let clock = meta.children[1];
  if (!clock) meta.append((clock = h('span', {})));
  clock.textContent = `Synced ${new Date().toLocaleTimeString('en-US')} · #${count}`;
}
