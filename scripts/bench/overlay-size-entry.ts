// What the overlay costs in a bundle of its own: the anchored overlay with its view, placement and stylesheet.
export { createAnchoredOverlay } from '../../lib/content/anchored-overlay';
