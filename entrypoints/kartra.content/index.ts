export default defineContentScript({
  matches: ['https://app.kartra.com/*'],
  noScriptStartedPostMessage: true,
  main() {},
});
