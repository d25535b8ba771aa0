/**
 * Times of day as the agent's locale writes them ("14:05" or "2:05 PM"). The formatters are made on first use, not
 * when the module loads: a page's first Intl formatter loads the locale data, which took tens of milliseconds of a
 * cold side panel's first render, and the first screen often shows no time at all.
 */
let withSeconds: Intl.DateTimeFormat | undefined;
let withoutSeconds: Intl.DateTimeFormat | undefined;

export function clockTime(at: number): string {
  withoutSeconds ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
  return withoutSeconds.format(at);
}

export function clockTimeWithSeconds(at: number): string {
  withSeconds ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return withSeconds.format(at);
}
