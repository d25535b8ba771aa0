import { describe, expect, it } from 'vitest';
import { walkHappyPath } from '../../scripts/happy-path.ts';
import { scenario, useSuite } from './fixtures.ts';
import { killServiceWorker, openProbe, readStorage, wakeBackground } from './lifecycle-helpers.ts';

// Chromium only: Firefox's background is an event page, stopped after 1 s idle for every Firefox suite instead
// (launch.ts sets extensions.background.idle.timeout), so the other Firefox suites already cover it.
describe('service worker killed at every step (chromium)', () => {
  const suite = useSuite('chromium');

  it('restores the guide exactly and the next step still works, three kills in a row at each step', async () => {
    await scenario(suite, { delay: 300 });
    const probe = await openProbe(suite.ext);
    const steps: string[] = [];
    await walkHappyPath({
      browser: suite.ext.browser,
      extensionOrigin: suite.ext.extensionOrigin,
      sandbox: suite.sandbox,
      onStep: async (step) => {
        const before = { trusted: await readStorage(probe), local: await readStorage(probe, 'local') };
        for (let kill = 0; kill < 3; kill++) {
          await killServiceWorker(suite.ext);
          await wakeBackground(probe);
        }
        // Nothing lost, nothing invented: storage is exactly what it was before the kills.
        expect({ trusted: await readStorage(probe), local: await readStorage(probe, 'local') }).toEqual(before);
        steps.push(step);
      },
    });
    // Walking on after each round of kills is the proof that the next step works.
    expect(steps).toHaveLength(8);
    await probe.close();
  });
});
