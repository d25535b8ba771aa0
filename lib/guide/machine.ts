/**
 * The guide's public face: a pure state machine over the help article's steps. The background keeps one GuideState
 * per guide in storage, feeds it observations (content scripts) and commands (the agent), stores what comes back
 * and shows `announcement`. Nothing here touches browser APIs or reads the clock: time comes in as `now`.
 */
export { startGuide, type StartGuideInput } from './start';
export { applyObservation, type ObservationContext, type ObservationResult } from './observe';
export { applyCommand, type CommandResult } from './commands';
export { findGuideForTab, pickGuideForObservation, shouldWarnWithoutGuide } from './routing';
export { describeProgress, type Progress } from './progress';
export { raiseWarning } from './raise-warning';
