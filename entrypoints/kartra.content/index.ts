import { startKartraContent } from '../../lib/content/kartra-content';

export default defineContentScript({
  matches: ['https://app.kartra.com/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce itself to the page with postMessage; the page has no business knowing we are here.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startKartraContent(ctx);
  },
});
