/** What the detection-cost section injects into the page: the detector, the shipped profile and its compiler. */
export { detectIntegrations } from '../../lib/kartra/detect-integrations.ts';
export { compileProfile } from '../../lib/kartra/compiled-profile.ts';
export { DEFAULT_SITE_PROFILE } from '../../lib/kartra/default-site-profile.ts';
