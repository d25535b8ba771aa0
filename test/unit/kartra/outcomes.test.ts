/**
 * The convention behind lib/kartra/outcomes.ts: every Kartra outcome is one row, and each part derived from it exists.
 * Adding a fifth Kartra error without its explanation, its phrases or its retry step fails here.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, getCatalogueEntry } from '../../../lib/diagnosis/catalogue';
import { diagnoseOutcome } from '../../../lib/diagnosis/from-outcome';
import { diagnosisText } from '../../../components/text/diagnosis';
import { findRetryStep } from '../../../lib/guide/troubleshooting';
import { STEP_IDS } from '../../../lib/guide/steps';
import { compileProfile, outcomeOfText } from '../../../lib/kartra/compiled-profile';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/default-site-profile';
import { isKartraFailure, KARTRA_OUTCOME_TABLE, KARTRA_OUTCOMES, kartraMessageFor } from '../../../lib/kartra/outcomes';
import { parseSiteProfileOverride } from '../../../lib/kartra/site-profile';
import { KartraOutcomeSchema } from '../../../lib/protocol';
import { GuideStateSchema } from '../../../lib/guide/guide-state';
import { fullGuide } from '../guide/fixtures';

const FAILURES = KARTRA_OUTCOMES.filter(isKartraFailure);

describe('Kartra outcomes: one table, every part derived', () => {
  it('has the help article’s four errors and success', () => {
    expect([...KARTRA_OUTCOMES].sort()).toEqual(['account-mismatch', 'already-integrated', 'ineligible-account', 'success', 'user-denied']);
    expect(FAILURES).toHaveLength(4);
  });

  it.each(FAILURES)('%s: a diagnosis entry explaining its words, and a real step to retry from', (outcome) => {
    const entry = diagnoseOutcome({ outcome });
    expect(entry).toBeDefined();
    expect(entry).toEqual(getCatalogueEntry(KARTRA_OUTCOME_TABLE[outcome].diagnosis));
    expect(entry!.trigger).toBe(kartraMessageFor(outcome));
    expect(diagnosisText(entry!).whatHappened.length).toBeGreaterThan(20);
    expect(diagnosisText(entry!).fix.length).toBeGreaterThan(0);
    expect(STEP_IDS).toContain(findRetryStep({ outcome }));
  });

  it('leaves no Kartra entry in the catalogue without its row', () => {
    const fromTable = FAILURES.map((outcome) => KARTRA_OUTCOME_TABLE[outcome].diagnosis);
    expect(CATALOGUE.filter((entry) => entry.source === 'kartra').map((entry) => entry.id).sort()).toEqual([...fromTable].sort());
  });

  it.each(KARTRA_OUTCOMES)('%s: the default profile matches its words on the page, and the protocol and stored guide accept it', (outcome) => {
    const compiled = compileProfile(DEFAULT_SITE_PROFILE);
    for (const words of KARTRA_OUTCOME_TABLE[outcome].words) expect(outcomeOfText(`Notice: ${words}.`, compiled)).toBe(outcome);
    expect(KartraOutcomeSchema.safeParse(outcome).success).toBe(true);
    expect(GuideStateSchema.safeParse({ ...fullGuide(), outcome }).success).toBe(true);
  });

  it('keeps the profile keys overrides already use, each once', () => {
    const keys = Object.values(KARTRA_OUTCOME_TABLE).map((row) => row.profileKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(DEFAULT_SITE_PROFILE.outcomes).sort()).toEqual(['accountMismatch', 'alreadyIntegrated', 'ineligibleAccount', 'success', 'userDenied']);
  });

  it('takes an override of one outcome’s words, and refuses an outcome with no row', () => {
    const version = DEFAULT_SITE_PROFILE.version;
    const reworded = parseSiteProfileOverride(JSON.stringify({ version, outcomes: { userDenied: ['Request cancelled'] } }));
    expect(reworded.ok && reworded.profile.outcomes.userDenied).toEqual(['Request cancelled']);
    const unknown = parseSiteProfileOverride(JSON.stringify({ version, outcomes: { paymentFailed: ['Payment failed'] } }));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.errors[0]?.path).toBe('outcomes.paymentFailed');
  });
});
