/** The notes the content scripts put on Kartra's and Stripe's pages: picked by code, worded in the agent's language. */
import { afterEach, describe, expect, it } from 'vitest';
import { openGuideByHandNote, pageNote, type PageNoteCode } from '../../../components/overlay/page-notes';
import { useTestLocale } from '../support/fake-browser-gaps';

const CODES: PageNoteCode[] = ['reconnect-marker', 'original-account', 'original-account-by-name', 'cannot-tell-account'];

describe('page notes', () => {
  afterEach(() => useTestLocale('en'));

  it('words the reconnect marker and its fallback note', () => {
    expect(pageNote('reconnect-marker')).toEqual({
      title: 'Stripe needs reconnecting',
      instruction: 'Open the reconnect guide in the side panel.',
      actionLabel: 'Guide me through reconnecting',
    });
    expect(openGuideByHandNote()).toBe('Click the Stripe Reconnect Assistant icon in the toolbar, then “Guide me through reconnecting”.');
  });

  it('words the picker badges', () => {
    expect(pageNote('original-account')).toEqual({ title: 'Originally used', instruction: 'This is the account Kartra used before.' });
    expect(pageNote('original-account-by-name').instruction).toMatch(/^This account holds the key Kartra used before/);
    expect(pageNote('cannot-tell-account').title).toBe('Cannot tell which account');
  });

  it('has every note in Spanish, naming the marker’s own button and the extension as Spanish shows them', () => {
    const english = CODES.map(pageNote);
    useTestLocale('es');
    const spanish = CODES.map(pageNote);
    spanish.forEach((note, i) => {
      expect(note.title).not.toBe(english[i]!.title);
      expect(note.instruction).not.toBe(english[i]!.instruction);
    });
    expect(openGuideByHandNote()).toBe(
      `Haz clic en el icono de «Asistente de reconexión de Stripe» en la barra de herramientas y luego en «${pageNote('reconnect-marker').actionLabel}».`,
    );
  });
});
