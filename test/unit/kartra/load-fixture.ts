/**
 * Loads a saved page into its own happy-dom Window, so every fixture has a clean realm (computed styles, ids and
 * globals do not leak between tests). `<template shadowrootmode="open">` is attached by hand: happy-dom does not apply
 * declarative shadow DOM when parsing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { Window } from 'happy-dom';

const FIXTURES = fileURLToPath(new NodeURL('../../fixtures/kartra/', import.meta.url));

export interface LoadedPage {
  window: Window;
  document: Document;
  close(): Promise<void>;
}

export function readFixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

/** Load HTML (a fixture's text) as a page at `url`. */
export function loadHtml(html: string, url = 'https://app.kartra.com/integrations'): LoadedPage {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const document = window.document as unknown as Document;
  document.documentElement.innerHTML = html.replace(/^\s*<!doctype[^>]*>/i, '').replace(/^\s*<html[^>]*>|<\/html>\s*$/gi, '');
  attachDeclarativeShadowRoots(document);
  return { window, document, close: () => window.happyDOM.close() };
}

export function loadFixture(name: string, url?: string): LoadedPage {
  return loadHtml(readFixture(name), url);
}

function attachDeclarativeShadowRoots(root: Document | ShadowRoot): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}
