import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ScreenshotMissing } from '../../lib/protocol';
import type { BuiltReport } from './collect-report';
import { MISSING_TEXT } from './report-text';

interface Links {
  markdown: { name: string; url: string };
  png?: { name: string; url: string };
  summary: string;
  copied: boolean;
  missing?: ScreenshotMissing;
}

type State = { phase: 'idle' } | { phase: 'building' } | { phase: 'failed'; error: string } | ({ phase: 'built' } & Links);

function download(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function toLinks(built: BuiltReport): Omit<Links, 'copied'> {
  return {
    markdown: { name: built.markdown.name, url: URL.createObjectURL(built.markdown.blob) },
    ...(built.png ? { png: { name: built.png.name, url: URL.createObjectURL(built.png.blob) } } : {}),
    summary: built.summary,
    ...(built.report.screenshot.captured ? {} : { missing: built.report.screenshot.missing }),
  };
}

/**
 * "Need more help?": builds a support report of the tab (a covered screenshot, what was tried, the diagnosis), downloads
 * its Markdown and PNG, and copies a summary. The last report's files stay as links to download again.
 */
export function SupportReportButton({ tabId }: { tabId: number | undefined }) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const urls = useRef<string[]>([]);
  const forget = () => {
    for (const url of urls.current) URL.revokeObjectURL(url);
    urls.current = [];
  };
  useEffect(() => forget, []);

  const build = async () => {
    if (tabId === undefined || state.phase === 'building') return;
    setState({ phase: 'building' });
    try {
      const { collectReport } = await import('./collect-report');
      const built = await collectReport(tabId);
      forget();
      const links = toLinks(built);
      urls.current = [links.markdown.url, ...(links.png ? [links.png.url] : [])];
      download(links.markdown.url, links.markdown.name);
      if (links.png) download(links.png.url, links.png.name);
      setState({ phase: 'built', ...links, copied: await copy(links.summary) });
    } catch (error) {
      setState({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section class="support-report" data-testid="support-report">
      <button type="button" onClick={build} disabled={tabId === undefined} aria-disabled={state.phase === 'building'} aria-busy={state.phase === 'building'} data-testid="report-button">
        {t('report.button')}
      </button>
      <div role="status" aria-live="polite" data-testid="report-status" data-phase={state.phase}>
        {tabId === undefined && <p class="muted">{t('report.noTab')}</p>}
        {state.phase === 'building' && <p class="muted">{t('report.building')}</p>}
        {state.phase === 'built' && (
          <p>
            {state.missing ? t('report.builtNoScreenshot', { why: MISSING_TEXT[state.missing]() }) : t('report.built')}{' '}
            {state.copied ? t('report.copied') : t('report.copyByHand')}
          </p>
        )}
      </div>
      {state.phase === 'failed' && (
        <p class="callout danger" role="alert" data-testid="report-error">
          {t('report.failed', { error: state.error })}
        </p>
      )}
      {state.phase === 'built' && (
        <>
          <p class="report-links">
            <a href={state.markdown.url} download={state.markdown.name} data-testid="report-markdown">
              {t('report.downloadMarkdown')}
            </a>
            {state.png && (
              <a href={state.png.url} download={state.png.name} data-testid="report-png">
                {t('report.downloadPng')}
              </a>
            )}
          </p>
          {!state.copied && (
            <label class="report-summary">
              {t('report.summaryLabel')}
              <textarea readOnly rows={7} value={state.summary} data-testid="report-summary" onFocus={(event) => event.currentTarget.select()} />
            </label>
          )}
        </>
      )}
    </section>
  );
}
