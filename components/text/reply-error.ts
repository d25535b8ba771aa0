/**
 * A failed reply's error in words. lib/messaging.ts gives its own failures as codes; any other error is the
 * background's or the browser's text, passed on as it came.
 */
import { t } from '../../lib/i18n';
import { NO_ANSWER } from '../../lib/messaging';

export function replyErrorText(error: string): string {
  return error === NO_ANSWER ? t('shared.noAnswerFromExtension') : error;
}
