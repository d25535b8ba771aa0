import { t } from '../../lib/i18n';
import type { ProfileSite } from '../../lib/protocol-values';

// JSON samples, not words: the same in every language.
const KARTRA_SAMPLE = '{"version": 1, "bannerWords": ["…"]}';
const STRIPE_SAMPLE = '{"version": 1, "words": {"connectButton": [{"pattern": "^connect$", "why": "…"}]}}';

/** What differs between the sites' profile settings: the rest of the page is the same for each. */
export const PROFILE_TEXTS: Readonly<Record<ProfileSite, { smallOverride: string; saved: () => string }>> = {
  kartra: { smallOverride: KARTRA_SAMPLE, saved: () => t('options.savedKartra') },
  stripe: { smallOverride: STRIPE_SAMPLE, saved: () => t('options.savedStripe') },
};
