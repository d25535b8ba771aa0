import { startTeachPicker } from '../lib/content/teach-picker';

/** Teach mode's picker: injected into a Kartra or Stripe tab on request (lib/background/open-teach-picker.ts). */
export default defineUnlistedScript(() => startTeachPicker());
