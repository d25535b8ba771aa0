/**
 * Rendering Preact components into happy-dom for the options tests: real DOM, real events, and a `waitFor` that polls
 * (storage watchers and message replies settle over a few microtasks and timers).
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  root: HTMLElement;
  $(selector: string): HTMLElement | null;
  $$(selector: string): HTMLElement[];
  text(selector: string): string;
  unmount(): void;
}

export async function mount(ui: ComponentChild): Promise<Mounted> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(ui, root);
  });
  return {
    root,
    $: (selector) => root.querySelector<HTMLElement>(selector),
    $$: (selector) => [...root.querySelectorAll<HTMLElement>(selector)],
    text: (selector) => root.querySelector(selector)?.textContent ?? '',
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

export async function waitFor(condition: () => boolean, what = 'condition'): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
}

/** Type into a field the way the browser reports it: set the value, fire `input`, let Preact re-render. */
export async function typeInto(field: HTMLElement | null, value: string): Promise<void> {
  const element = field as HTMLInputElement | HTMLTextAreaElement;
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: HTMLElement | null): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(() => {
    element.click();
  });
}
