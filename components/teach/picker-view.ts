/**
 * Teach mode's picker as plain DOM (it runs in the page, like the overlay: components/overlay/overlay-view.ts): the
 * dimmed page, the ring around the element being pointed at, and one panel whose content follows the picker's phase.
 * The panel is rebuilt on each phase change; page text never enters it except the words a change adds, as text.
 */
import type { EvidenceStatus } from '../../lib/kartra/compiled-profile';
import { t } from '../../lib/i18n';
import type { LessonFailure, SideEffect } from '../../lib/teach/lesson';
import type { ProfileChange } from '../../lib/teach/profile-change';
import type { TeachRefusal } from '../../lib/teach/teach-reply';
import type { TeachTarget } from '../../lib/teach/teach-targets';
import { describeChange, lessonFailureText, refusalText, sideEffectText, statusWord, teachTargetLabel } from '../text/teach-text';

export type PickerPhase =
  | { phase: 'picking'; targets: readonly TeachTarget[]; target: TeachTarget; meaning: EvidenceStatus }
  | { phase: 'checking' }
  | { phase: 'preview'; change: ProfileChange; sideEffects: readonly SideEffect[] }
  | { phase: 'failed'; why: LessonFailure }
  | { phase: 'applied'; change: ProfileChange }
  | { phase: 'refused'; refused: TeachRefusal; change: ProfileChange; copied?: boolean }
  | { phase: 'undone' }
  | { phase: 'undo-failed' }
  | { phase: 'stopped' };

export interface PickerHandlers {
  onTarget(target: TeachTarget): void;
  onMeaning(meaning: EvidenceStatus): void;
  /** The agent is done choosing in the panel: the keyboard goes back to the page. */
  onChosen(): void;
  onApply(): void;
  onPickAgain(): void;
  onCancel(): void;
  onUndo(): void;
  onCopy(): void;
}

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface PickerView {
  render(phase: PickerPhase): void;
  /** Ring this box (viewport coordinates), or dim the whole page when there is none. */
  mark(box: Box | undefined): void;
  /** Move the keyboard into the panel (its first button or field). */
  focusPanel(): void;
}

const MEANINGS: readonly EvidenceStatus[] = ['needs-attention', 'connected', 'not-configured'];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, parent: Node, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  parent.appendChild(node);
  return node;
}

export function createPickerView(container: HTMLElement, handlers: PickerHandlers): PickerView {
  const root = el('div', container, 'root');
  const dim = el('div', root, 'dim');
  const ring = el('div', root, 'mark');
  ring.hidden = true;
  const panel = el('div', root, 'panel');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t('teach.pickerLabel'));
  const live = el('p', root, 'sr-only');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');

  const button = (parent: Node, text: string, onClick: () => void, primary = false) => {
    const b = el('button', parent, primary ? 'primary' : '', text);
    b.type = 'button';
    // Only the agent's own clicks count: a page cannot reach into our closed root, but be explicit.
    b.addEventListener('click', (event) => event.isTrusted && onClick());
    return b;
  };

  const select = <V extends string>(label: string, options: readonly V[], value: V, text: (v: V) => string, onChange: (v: V) => void) => {
    const id = `sra-teach-${label.length}-${options.length}`;
    const caption = el('label', panel, '', label);
    caption.htmlFor = id;
    const field = el('select', panel);
    field.id = id;
    for (const option of options) {
      const o = el('option', field, '', text(option));
      o.value = option;
      o.selected = option === value;
    }
    field.addEventListener('change', () => onChange(field.value as V));
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') handlers.onChosen();
    });
    return field;
  };

  return {
    render(state) {
      panel.replaceChildren();
      el('h2', panel, '', t('teach.pickerLabel'));
      const buttons = () => el('div', panel, 'buttons');
      switch (state.phase) {
        case 'picking': {
          if (state.targets.length > 1) select(t('teach.chooseTarget'), state.targets, state.target, teachTargetLabel, handlers.onTarget);
          else el('p', panel, 'change', teachTargetLabel(state.target));
          if (state.target === 'tile-status') select(t('teach.meaning'), MEANINGS, state.meaning, statusWord, handlers.onMeaning);
          el('p', panel, 'muted', t('teach.howToPick'));
          button(buttons(), t('teach.cancel'), handlers.onCancel);
          live.textContent = t('teach.howToPick');
          break;
        }
        case 'checking':
          el('p', panel, 'muted', t('teach.checking'));
          break;
        case 'preview': {
          el('p', panel, '', t('teach.willDo'));
          el('p', panel, 'change', describeChange(state.change));
          el('p', panel, 'ok', t('teach.checkedFound'));
          if (state.sideEffects.length) {
            el('p', panel, 'danger', t('teach.alsoChanges'));
            const list = el('ul', panel);
            for (const effect of state.sideEffects) el('li', list, '', sideEffectText(effect));
          }
          const row = buttons();
          button(row, t('teach.apply'), handlers.onApply, true);
          button(row, t('teach.pickAgain'), handlers.onPickAgain);
          button(row, t('teach.cancel'), handlers.onCancel);
          live.textContent = `${t('teach.willDo')} ${describeChange(state.change)}`;
          break;
        }
        case 'failed': {
          el('p', panel, 'danger', lessonFailureText(state.why));
          const row = buttons();
          button(row, t('teach.pickAgain'), handlers.onPickAgain, true);
          button(row, t('teach.cancel'), handlers.onCancel);
          live.textContent = lessonFailureText(state.why);
          break;
        }
        case 'applied': {
          el('p', panel, 'change', describeChange(state.change));
          el('p', panel, 'ok', t('teach.applied'));
          const row = buttons();
          button(row, t('teach.close'), handlers.onCancel, true);
          button(row, t('teach.undo'), handlers.onUndo);
          live.textContent = t('teach.applied');
          break;
        }
        case 'refused': {
          el('p', panel, 'change', describeChange(state.change));
          el('p', panel, 'danger', refusalText(state.refused));
          const row = buttons();
          if (state.refused === 'forbidden') button(row, state.copied ? t('teach.copied') : t('teach.copyChange'), handlers.onCopy, true);
          button(row, t('teach.close'), handlers.onCancel);
          live.textContent = refusalText(state.refused);
          break;
        }
        case 'undone':
        case 'undo-failed':
        case 'stopped': {
          const text = state.phase === 'undone' ? t('teach.undone') : state.phase === 'undo-failed' ? t('teach.undoFailed') : t('teach.noPage');
          el('p', panel, state.phase === 'undone' ? 'ok' : 'danger', text);
          button(buttons(), t('teach.close'), handlers.onCancel, true);
          live.textContent = text;
          break;
        }
      }
    },
    mark(box) {
      ring.hidden = !box;
      dim.hidden = Boolean(box);
      if (box) {
        ring.style.top = `${Math.round(box.top - 3)}px`;
        ring.style.left = `${Math.round(box.left - 3)}px`;
        ring.style.width = `${Math.round(box.width + 6)}px`;
        ring.style.height = `${Math.round(box.height + 6)}px`;
        // Keep the panel off the element being pointed at.
        panel.classList.toggle('top', box.top + box.height > window.innerHeight - panel.offsetHeight - 32);
      }
    },
    focusPanel() {
      panel.querySelector<HTMLElement>('select,button')?.focus();
    },
  };
}
