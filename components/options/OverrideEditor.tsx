import { useState } from 'preact/hooks';
import { MAX_OVERRIDE_CHARS as MAX_SAVED_CHARS } from '../../lib/kartra/merge-profile';
import type { ProfileError } from '../../lib/kartra/site-profile';
import { sendToBackground } from '../../lib/messaging';
import type { ProfileSite } from '../../lib/protocol-values';
import { SITE_PROFILES } from '../../lib/site-profiles';
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
  activeJson,
  status,
  announce,
}: {
  site: ProfileSite;
  activeJson: string;
  status: Status;
  announce(status: Status): void;
}) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<ProfileError[]>([]);
  const [saving, setSaving] = useState(false);
  const ids = { text: `${site}-override-text`, hint: `${site}-override-hint`, errors: `${site}-override-errors` };

  const findProblems = (): ProfileError[] => {
    if (!text.trim()) return [{ path: '', message: 'the editor is empty: paste an override first' }];
    if (text.length > MAX_SAVED_CHARS) return [{ path: '', message: `override is ${text.length} characters; the limit is ${MAX_SAVED_CHARS}` }];
    const parsed = SITE_PROFILES[site].parseOverride(text);
    return parsed.ok ? [] : parsed.errors;
  };

  const showProblems = (found: ProfileError[], action: string) => {
    setErrors(found);
    const first = found[0];
    const where = first ? `${first.path || 'the document'}: ${first.message}` : '';
    // Muted here: the list below is the red box; this line is what a screen reader hears.
    announce({
      tone: '',
      text: `${action} ${found.length} ${found.length === 1 ? 'problem' : 'problems'}; the active profile did not change. First: ${where}.`,
    });
  };

  const validate = () => {
    const found = findProblems();
    if (found.length) return showProblems(found, 'Not valid:');
    setErrors([]);
    announce({ tone: 'ok', text: 'Valid. “Save override” makes it the active profile.' });
  };

  const save = async () => {
    if (saving) return;
    const found = findProblems();
    if (found.length) return showProblems(found, 'Not saved:');
    setSaving(true);
    const reply = await sendToBackground({ type: 'profile/set-override', site, json: text });
    setSaving(false);
    if (!reply.ok) {
      announce({ tone: 'danger', text: `Not saved: ${reply.error}. Your text is still here; the active profile did not change.` });
      return;
    }
    if (!reply.value.saved) return showProblems(reply.value.errors, 'Not saved:');
    setErrors([]);
    announce({ tone: 'ok', text: `Override saved: it is now the active profile. ${PROFILE_TEXTS[site].readWhat}` });
  };

  const startFromActive = () => {
    setText(activeJson);
    setErrors([]);
    announce({ tone: '', text: 'The editor now holds a copy of the active profile. Change it, then validate and save.' });
  };

  return (
    <div class="override-editor">
      <label for={ids.text}>Override (JSON)</label>
      <p class="muted" id={ids.hint}>
        Paste a whole profile, or only what changes, e.g. <code>{PROFILE_TEXTS[site].smallOverride}</code>. Objects
        are merged onto the built-in profile; a list or value replaces the built-in one. Nothing changes until you save
        a valid override.
      </p>
      <textarea
        id={ids.text}
        rows={10}
        spellcheck={false}
        autocapitalize="off"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        aria-describedby={errors.length ? `${ids.hint} ${ids.errors}` : ids.hint}
        aria-invalid={errors.length > 0}
        data-testid="override-text"
      />
      <div class="actions">
        <button type="button" onClick={validate} data-testid="override-validate">
          Validate
        </button>
        <button type="button" class="primary" onClick={save} aria-disabled={saving} data-testid="override-save">
          {saving ? 'Saving…' : 'Save override'}
        </button>
        <button type="button" onClick={startFromActive}>
          Copy the active profile into the editor
        </button>
      </div>
      <StatusLine status={status} testId="profile-status" />
      {errors.length > 0 && (
        <ProfileErrors
          id={ids.errors}
          errors={errors}
          intro={`${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} to fix (your text is kept as it is):`}
        />
      )}
    </div>
  );
}
