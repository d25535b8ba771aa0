/** What test/e2e/unfamiliar-pages.e2e.ts injects into sandbox pages: the shipped page readers, as the extension runs them. */
export { detectIntegrations } from '../../lib/kartra/detect-integrations.ts';
export { findConnectWithStripeButton, findEditMenuItem, findGatewayModal, findTileMenuButton, readPublishableKeyCandidates } from '../../lib/kartra/page-elements.ts';
export { findConnectButton } from '../../lib/stripe/connect-buttons.ts';
export { compileStripeProfile } from '../../lib/stripe/compiled-stripe-profile.ts';
