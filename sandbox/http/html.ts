/**
 * A tagged template that escapes every interpolated value unless it is already markup. Pages are built from these
 * pieces, so text from a query string can never become markup by accident.
 */
export interface SafeHtml {
  readonly html: string;
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return { html: out };
}

/** Markup we wrote ourselves (a static SVG, a stylesheet) that must not be escaped. */
export function trusted(markup: string): SafeHtml {
  return { html: markup };
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object') return (value as SafeHtml).html;
  return escapeHtml(String(value));
}
