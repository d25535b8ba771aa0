import { useState } from 'preact/hooks';
import { MAX_OVERRIDE_CHARS as MAX_SAVED_CHARS } from '../../lib/kartra/merge-profile';
import { parseSiteProfileOverride, type ProfileError } from '../../lib/kartra/site-profile';
import { sendToBackground } from '../../lib/messaging';
import { ProfileErrors } from './ProfileErrors';
import type { Status } from './StatusLine';
import { StatusLine } from './StatusLine';

interface SaveReply {
  saved: boolean;
  errors: ProfileError[];
}

/**
 * Paste an override, validate it here, save it through the background. The text is never cleared by a failure: the
 * agent fixes the listed problems in place, and the active profile stays as it was until a save succeeds.
 */
export function OverrideEditor({
  activeJson,
  status,
  announce,
}: {
  activeJson: string;
  status: Status;
  announce(status: Status): void;
}) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<ProfileError[]>([]);
  const [saving, setSaving] = useState(false);

  const findProblems = (): ProfileError[] => {
    if (!text.trim()) return [{ path: '', message: 'the editor is empty: paste an override first' }];
    if (text.length > MAX_SAVED_CHARS) return [{ path: '', message: `override is ${text.length} characters; the limit is ${MAX_SAVED_CHARS}` }];
    const parsed = parseSiteProfileOverride(text);
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
    const reply = await sendToBackground<SaveReply>({ type: 'profile/set-override', json: text });
    setSaving(false);
    if (!reply.ok) {
      announce({ tone: 'danger', text: `Not saved: ${reply.error}. Your text is still here; the active profile did not change.` });
      return;
    }
    if (!reply.value?.saved) return showProblems(Array.isArray(reply.value?.errors) ? reply.value.errors : [], 'Not saved:');
    setErrors([]);
    announce({ tone: 'ok', text: 'Override saved: it is now the active profile. Open Kartra tabs use it from their next check.' });
  };

  const startFromActive = () => {
    setText(activeJson);
    setErrors([]);
    announce({ tone: '', text: 'The editor now holds a copy of the active profile. Change it, then validate and save.' });
  };

  return (
    <div class="override-editor">
      <label for="override-text">Override (JSON)</label>
      <p class="muted" id="override-hint">
        Paste a whole profile, or only what changes, e.g. <code>{'{"version": 1, "bannerWords": ["…"]}'}</code>. Objects
        are merged onto the built-in profile; a list or value replaces the built-in one. Nothing changes until you save
        a valid override.
      </p>
      <textarea
        id="override-text"
        rows={10}
        spellcheck={false}
        autocapitalize="off"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        aria-describedby={errors.length ? 'override-hint override-errors' : 'override-hint'}
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
          id="override-errors"
          errors={errors}
          intro={`${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} to fix (your text is kept as it is):`}
        />
      )}
    </div>
  );
}
