import type { ProfileSite } from '../../lib/protocol-values';

/** What differs, in words, between the sites' profile settings: the rest of the page is the same for each. */
export const PROFILE_TEXTS: Readonly<Record<ProfileSite, { siteName: string; smallOverride: string; readWhat: string }>> = {
  kartra: {
    siteName: 'Kartra',
    smallOverride: '{"version": 1, "bannerWords": ["…"]}',
    readWhat: 'Open Kartra tabs use it from their next check.',
  },
  stripe: {
    siteName: 'Stripe',
    smallOverride: '{"version": 1, "words": {"connectButton": [{"pattern": "^connect$", "why": "…"}]}}',
    readWhat: 'Open Stripe tabs read their page again with it.',
  },
};
