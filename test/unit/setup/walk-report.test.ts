import { describe, expect, it } from 'vitest';
import { walkReportHtml } from '../../../scripts/walk-report.ts';

describe("headless npm start's index.html", () => {
  const steps = [
    { name: 'guide-started', caption: 'First <step> & "quotes"', page: '/a/b/01-guide-started-page.png', panel: '/a/b/01-guide-started-panel.png' },
    { name: 'reconnected', caption: 'Last step', page: '/a/b/02-reconnected-page.png', panel: '/a/b/02-reconnected-panel.png' },
  ] as const;

  it('shows every step in order, numbered, with its page and panel side by side by relative path', () => {
    const html = walkReportHtml([...steps], 'Chromium');
    const document = new DOMParser().parseFromString(html, 'text/html');
    const headings = [...document.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['1. First <step> & "quotes"', '2. Last step']);
    const images = [...document.querySelectorAll('section')].map((section) => [...section.querySelectorAll('img')].map((img) => img.getAttribute('src')));
    expect(images).toEqual([
      ['01-guide-started-page.png', '01-guide-started-panel.png'],
      ['02-reconnected-page.png', '02-reconnected-panel.png'],
    ]);
    expect(document.body.textContent).toContain('Chromium');
  });
});
