import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { replyErrorText } from '../text/reply-error';
import { MAX_OVERRIDE_CHARS as MAX_SAVED_CHARS } from '../../lib/kartra/merge-profile';
import { sendToBackground } from '../../lib/messaging';
import type { ProfileSite } from '../../lib/protocol-values';
import type { ProfileLayers } from '../../lib/policy/profile-layer';
import type { ProfileParse } from '../../lib/profile-parse';
import { SITE_PROFILES } from '../../lib/site-profiles';
import { describeProblem, type ShownError } from './profile-problem-text';
import { PROFILE_TEXTS } from './profile-texts';
import { ProfileErrors } from './ProfileErrors';
import type { Status } from './StatusLine';
import { StatusLine } from './StatusLine';

/**
 * Paste an override, validate it here, save it through the background. The text is never cleared by a failure: the
 * agent fixes the listed problems in place, and the active profile stays as it was until a save succeeds.
 */
export function OverrideEditor({
  site,
  layers,
  activeJson,
  status,
  announce,
}: {
  site: ProfileSite;
  /** What the override will be merged onto (the team's profile, if any), and whether the policy allows one. */
  layers: Pick<ProfileLayers<unknown>, 'agentBase' | 'agentOverridesAllowed' | 'allowAgentOverridesInvalid' | 'layers'>;
  activeJson: string;
  status: Status;
  announce(status: Status): void;
}) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [saving, setSaving] = useState(false);
  const ids = { editor: `${site}-override-text`, help: `${site}-override-hint`, errors: `${site}-override-errors`, off: `${site}-override-off` };
  const allowed = layers.agentOverridesAllowed;
  const onTeam = layers.layers.some((layer) => layer.source === 'managed' && layer.state === 'applied');

  const findProblems = (): ShownError[] => {
    if (!text.trim()) return [{ path: '', problem: { code: 'editorEmpty' } }];
    if (text.length > MAX_SAVED_CHARS) return [{ path: '', problem: { code: 'overrideTooLong', length: text.length, max: MAX_SAVED_CHARS } }];
    const parsed = (SITE_PROFILES[site].parseOverride as (json: string, base: unknown) => ProfileParse<unknown>)(text, layers.agentBase);
    return parsed.ok ? [] : parsed.errors;
  };

  /** `outcome`: whether the agent asked to validate or to save, which the announcement starts with. */
  const showProblems = (found: ShownError[], outcome: 'notValid' | 'notSaved') => {
    setErrors(found);
    const first = found[0];
    const where = first ? `${first.path || t('options.theDocument')}: ${describeProblem(first.problem)}` : '';
    // Muted here: the list below is the red box; this line is what a screen reader hears.
    const said = outcome === 'notValid' ? t('options.notValid', found.length, { first: where }) : t('options.notSaved', found.length, { first: where });
    announce({ tone: '', text: said });
  };

  const validate = () => {
    const found = findProblems();
    if (found.length) return showProblems(found, 'notValid');
    setErrors([]);
    announce({ tone: 'ok', text: t('options.valid') });
  };

  const save = async () => {
    if (saving || !allowed) return;
    const found = findProblems();
    if (found.length) return showProblems(found, 'notSaved');
    setSaving(true);
    const reply = await sendToBackground({ type: 'profile/set-override', site, json: text });
    setSaving(false);
    if (!reply.ok) {
      announce({ tone: 'danger', text: t('options.notSavedError', { error: replyErrorText(reply.error) }) });
      return;
    }
    if (reply.value.refused === 'forbidden-by-policy') {
      announce({ tone: 'danger', text: t('options.layers.notSavedForbidden') });
      return;
    }
    if (!reply.value.saved) return showProblems(reply.value.errors, 'notSaved');
    setErrors([]);
    announce({ tone: 'ok', text: PROFILE_TEXTS[site].saved() });
  };

  const startFromActive = () => {
    setText(activeJson);
    setErrors([]);
    announce({ tone: '', text: t('options.copiedActive') });
  };

  const describedBy = [ids.help, ...(allowed ? [] : [ids.off]), ...(errors.length ? [ids.errors] : [])].join(' ');
  return (
    // A disabled fieldset turns every control in it off at once; each control says so itself too, for tools (axe)
    // that judge a control by its own attribute.
    <fieldset class="override-editor" disabled={!allowed} data-testid="override-editor" data-allowed={String(allowed)}>
      {!allowed && (
        <div class="callout warn" id={ids.off} data-testid="override-forbidden">
          <p>{t('options.layers.editorForbidden')}</p>
          {layers.allowAgentOverridesInvalid && <p>{t('options.layers.allowInvalid')}</p>}
        </div>
      )}
      <label for={ids.editor}>{t('options.editorLabel')}</label>
      <p class="muted" id={ids.help}>
        {t('options.editorHintPaste')} <code>{PROFILE_TEXTS[site].smallOverride}</code>.{' '}
        {onTeam ? t('options.layers.editorHintMergeTeam') : t('options.editorHintMerge')}
      </p>
      <textarea
        id={ids.editor}
        rows={10}
        spellcheck={false}
        autocapitalize="off"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        disabled={!allowed}
        aria-describedby={describedBy}
        aria-invalid={errors.length > 0}
        data-testid="override-text"
      />
      <div class="actions">
        <button type="button" onClick={validate} disabled={!allowed} data-testid="override-validate">
          {t('options.validate')}
        </button>
        <button type="button" class="primary" onClick={save} aria-disabled={saving} disabled={!allowed} data-testid="override-save">
          {saving ? t('options.saving') : t('options.save')}
        </button>
        <button type="button" onClick={startFromActive} disabled={!allowed}>
          {t('options.copyActive')}
        </button>
      </div>
      <StatusLine status={status} testId="profile-status" />
      {errors.length > 0 && (
        <ProfileErrors
          id={ids.errors}
          errors={errors}
          intro={t('options.problemsToFix', errors.length)}
        />
      )}
    </fieldset>
  );
}
