/**
 * The one page a newcomer opens after a headless `npm start`: every step of the walk in order, its caption above,
 * the site page and the side panel side by side.
 */
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { WalkedStep } from './happy-path.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export function walkReportHtml(steps: WalkedStep[], browserName: string): string {
  const figures = steps
    .map(
      (step, index) => `
  <section>
    <h2>${index + 1}. ${escapeHtml(step.caption)}</h2>
    <div class="pair">
      <figure><a href="${escapeHtml(basename(step.page))}"><img src="${escapeHtml(basename(step.page))}" alt="The page at step ${index + 1}"></a><figcaption>Page</figcaption></figure>
      <figure><a href="${escapeHtml(basename(step.panel))}"><img src="${escapeHtml(basename(step.panel))}" alt="The side panel at step ${index + 1}"></a><figcaption>Side panel</figcaption></figure>
    </div>
  </section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="color-scheme" content="light dark">
<title>Stripe Reconnect Assistant: the reconnect walked on the sandbox</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 1500px; padding: 0 1rem; }
  h1 { font-size: 1.4rem; margin-bottom: 0.25rem; }
  h2 { font-size: 1.05rem; margin: 2rem 0 0.5rem; }
  .pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 22rem); gap: 1rem; align-items: start; }
  figure { margin: 0; }
  img { width: 100%; height: auto; border: 1px solid #8888; border-radius: 4px; }
  figcaption { font-size: 0.85rem; opacity: 0.75; }
</style>
</head>
<body>
<h1>The reconnect, step by step</h1>
<p>Stripe Reconnect Assistant in ${escapeHtml(browserName)} on the sandbox's Kartra and Stripe pages: ${steps.length} steps of Kartra's
help article "Update an older Stripe connection", each as the agent sees it. Click a picture for its full size.</p>
${figures}
</body>
</html>
`;
}

/** Writes `index.html` beside the screenshots and returns its path. */
export async function writeWalkReport(folder: string, steps: WalkedStep[], browserName: string): Promise<string> {
  const path = join(folder, 'index.html');
  await writeFile(path, walkReportHtml(steps, browserName));
  return path;
}
