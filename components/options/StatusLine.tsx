export interface Status {
  tone: 'ok' | 'warn' | 'danger' | '';
  text: string;
}

/** One polite live region per section: it is always in the DOM, so screen readers hear each change. */
export function StatusLine({ status, testId }: { status: Status; testId: string }) {
  const look = !status.text ? '' : status.tone ? `callout ${status.tone}` : 'muted';
  return (
    <div role="status" aria-live="polite" class={look} data-testid={testId} data-tone={status.tone}>
      {status.text}
    </div>
  );
}
