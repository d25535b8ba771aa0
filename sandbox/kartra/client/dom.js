// A tiny element builder, the way a framework's compiled output creates nodes (no innerHTML: text stays text).

const SVG_NS = 'http://www.w3.org/2000/svg';
const SVG_TAGS = new Set(['svg', 'path', 'circle', 'rect', 'g']);

/** h('div', { class: cx('tile'), onclick }, child, 'text') → element. Attributes false/null/undefined are skipped. */
export function h(tag, attrs, ...children) {
  const el = SVG_TAGS.has(tag) ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) el.append(child);
  }
  return el;
}

/** A stroked 20×20 icon, hidden from assistive tech (the button around it carries the name). */
export function icon(pathData, size = 20) {
  return h(
    'svg',
    { width: size, height: size, viewBox: '0 0 20 20', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.7, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false' },
    h('path', { d: pathData }),
  );
}

let counter = 0;

/** Ids for label/aria-labelledby pairs: unique and meaningless, like a framework's useId(). */
export function uniqueId() {
  counter += 1;
  return `_r${counter.toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}
