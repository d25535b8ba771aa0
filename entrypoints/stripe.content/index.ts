export default defineContentScript({
  matches: ['https://connect.stripe.com/*', 'https://dashboard.stripe.com/*'],
  noScriptStartedPostMessage: true,
  main() {},
});
