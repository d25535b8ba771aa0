/** The help article's steps in the agent's language: each step's title, instruction and bullets, by its id. */
import type { StepId } from '../../lib/guide/steps';
import { t } from '../../lib/i18n';

export interface StepText {
  title: string;
  instruction: string;
  /** The help article's bullets for the step, if it has any. */
  detail: string[];
}

const STEP_TEXT: Readonly<Record<StepId, () => StepText>> = {
  'why-reconnect': () => ({
    title: t('guide.steps.whyReconnect.title'),
    instruction: t('guide.steps.whyReconnect.instruction'),
    detail: [t('guide.steps.whyReconnect.detail1'), t('guide.steps.whyReconnect.detail2'), t('guide.steps.whyReconnect.detail3')],
  }),
  'before-you-begin': () => ({
    title: t('guide.steps.beforeYouBegin.title'),
    instruction: t('guide.steps.beforeYouBegin.instruction'),
    detail: [t('guide.steps.beforeYouBegin.detail1'), t('guide.steps.beforeYouBegin.detail2')],
  }),
  'open-integrations': () => ({
    title: t('guide.steps.openIntegrations.title'),
    instruction: t('guide.steps.openIntegrations.instruction'),
    detail: [],
  }),
  'find-red-tile': () => ({ title: t('guide.steps.findRedTile.title'), instruction: t('guide.steps.findRedTile.instruction'), detail: [] }),
  'open-tile-menu': () => ({ title: t('guide.steps.openTileMenu.title'), instruction: t('guide.steps.openTileMenu.instruction'), detail: [] }),
  'choose-edit': () => ({ title: t('guide.steps.chooseEdit.title'), instruction: t('guide.steps.chooseEdit.instruction'), detail: [] }),
  'connect-with-stripe': () => ({
    title: t('guide.steps.connectWithStripe.title'),
    instruction: t('guide.steps.connectWithStripe.instruction'),
    detail: [],
  }),
  'stripe-login': () => ({ title: t('guide.steps.stripeLogin.title'), instruction: t('guide.steps.stripeLogin.instruction'), detail: [] }),
  'choose-account': () => ({
    title: t('guide.steps.chooseAccount.title'),
    instruction: t('guide.steps.chooseAccount.instruction'),
    detail: [t('guide.steps.chooseAccount.detail1'), t('guide.steps.chooseAccount.detail2'), t('guide.steps.chooseAccount.detail3')],
  }),
  'confirm-connect': () => ({ title: t('guide.steps.confirmConnect.title'), instruction: t('guide.steps.confirmConnect.instruction'), detail: [] }),
  'redirect-back': () => ({
    title: t('guide.steps.redirectBack.title'),
    instruction: t('guide.steps.redirectBack.instruction'),
    detail: [t('guide.steps.redirectBack.detail1')],
  }),
  'after-reconnect': () => ({
    title: t('guide.steps.afterReconnect.title'),
    instruction: t('guide.steps.afterReconnect.instruction'),
    detail: [t('guide.steps.afterReconnect.detail1'), t('guide.steps.afterReconnect.detail2'), t('guide.steps.afterReconnect.detail3')],
  }),
  troubleshoot: () => ({
    title: t('guide.steps.troubleshoot.title'),
    instruction: t('guide.steps.troubleshoot.instruction'),
    detail: [t('guide.steps.troubleshoot.detail1'), t('guide.steps.troubleshoot.detail2')],
  }),
};

export function stepText(id: StepId): StepText {
  // The id type admits only catalogue ids; a forged one reads as troubleshooting, as getStep does.
  return (Object.hasOwn(STEP_TEXT, id) ? STEP_TEXT[id] : STEP_TEXT.troubleshoot)();
}

export const stepTitle = (id: StepId): string => stepText(id).title;

export const stepOf = (index: number, total: number): string => t('guide.stepOf', { index, total });
