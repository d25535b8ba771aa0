/**
 * WCAG 2.1 AA checks with axe-core, run inside a page. axe is injected by evaluating its source: our extension pages'
 * CSP forbids adding a script tag, but the automation protocol's evaluate (CDP or WebDriver BiDi) is not subject to it.
 * axe looks into open shadow roots, never into closed ones (see overlay-harness.ts for the in-page overlay).
 */
import axe from 'axe-core';
import type { Page } from 'puppeteer-core';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** Every WCAG 2.1 A and AA violation axe finds in the page as it is now (hidden content is not checked). */
export async function findViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  return page.evaluate(async (tags: string[]) => {
    const { axe: inPage } = globalThis as unknown as { axe: typeof axe };
    const results = await inPage.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      // A target inside a shadow root is a list of selectors, host first.
      nodes: v.nodes.map((n) => ({ target: n.target.map((part) => [part].flat().join(' >>> ')).join(', '), summary: n.failureSummary ?? '' })),
    }));
  }, WCAG_21_AA);
}

/** One line per rule and one per element, with axe's own reason: enough to fix it without re-running. */
export function describeViolations(where: string, violations: Violation[]): string {
  const lines = [`${where}: ${violations.length} WCAG 2.1 AA violation${violations.length === 1 ? '' : 's'}`];
  for (const v of violations) {
    lines.push(`- ${v.rule} (${v.impact}): ${v.help}`);
    for (const node of v.nodes) lines.push(`    ${node.target}: ${node.summary.replace(/\s*\n\s*/g, ' ')}`);
  }
  return lines.join('\n');
}
