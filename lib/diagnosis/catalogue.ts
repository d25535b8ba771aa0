/**
 * The error catalogue the popup shows, and the two ways to find an entry: from page text and from a URL.
 * Data lives in entries.ts, matching in diagnose.ts, the words in components/text/diagnosis.ts; import from here.
 */
export type { CatalogueEntry, CatalogueId } from './entries';
export { CATALOGUE, getCatalogueEntry } from './entries';
export type { Diagnosis } from './diagnose';
export { diagnoseFromText, diagnoseFromUrl, normalizeMessageText } from './diagnose';
