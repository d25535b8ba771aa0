import { refusePageStopSignal } from '../../lib/content/refuse-page-stop-signal';
import { startStripeContent } from '../../lib/content/stripe-content';

export default defineContentScript({
  matches: ['https://connect.stripe.com/*', 'https://dashboard.stripe.com/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce itself to the page with postMessage; the page has no business knowing we are here.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Before anything else: a page must not be able to switch the assistant off (see the module).
    refusePageStopSignal(ctx);
    startStripeContent(ctx);
  },
});
