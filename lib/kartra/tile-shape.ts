/**
 * "Same shape" for repeated tiles: same tag, same role, mostly the same classes once state classes are set aside.
 * Status and UI-state classes (`card--error`, `is-active`, `odd`) differ between tiles of one list, so they are dropped
 * before comparing; hashed CSS-in-JS classes still overlap on their shared base class.
 */
import type { CompiledProfile } from './compiled-profile.ts';
import type { SafeDom } from '../dom/safe-dom.ts';
import { classTokenGroups } from './text-match.ts';

export interface TileShape {
  tag: string;
  role: string;
  /** The class attribute as written: identical strings (the common case in a list) need no further comparison. */
  rawClass: string;
  classes: ReadonlySet<string>;
  /** Tag names of the first children: tiles of one list are built alike even when their classes are hashed. */
  childTags: ReadonlySet<string>;
}

const MAX_CHILDREN_COMPARED = 12;
const LIST_ITEM_TAGS = new Set(['li', 'tr', 'dt', 'dd']);
const LIST_ITEM_ROLES = new Set(['listitem', 'row', 'gridcell', 'article']);

const UI_STATE_WORDS = new Set([
  'selected', 'open', 'opened', 'active', 'expanded', 'collapsed', 'hover', 'hovered', 'focus', 'focused',
  'highlighted', 'first', 'last', 'odd', 'even', 'current', 'checked', 'show', 'shown', 'visible', 'hidden',
]);

/** Per-run memo of class strings to their comparable classes: tiles of one list repeat the same strings. */
export type ShapeClassCache = Map<string, ReadonlySet<string>>;

/** The comparable shape of an element. */
export function shapeOf(element: Element, dom: SafeDom, compiled: CompiledProfile, cache?: ShapeClassCache): TileShape {
  const classAttr = dom.attr(element, 'class') ?? '';
  let classes = cache?.get(classAttr);
  if (!classes) {
    classes = comparableClasses(classAttr, compiled);
    if (cache && cache.size < 10_000) cache.set(classAttr, classes);
  }
  const childTags = new Set(dom.childElements(element, MAX_CHILDREN_COMPARED).map((c) => dom.tagOf(c)));
  return { tag: dom.tagOf(element), role: (dom.attr(element, 'role') ?? '').trim().toLowerCase(), rawClass: classAttr, classes, childTags };
}

function comparableClasses(classAttr: string, compiled: CompiledProfile): ReadonlySet<string> {
  const classes = new Set<string>();
  const raw = classAttr.length > 1_000 ? classAttr.slice(0, 1_000) : classAttr;
  for (const cls of raw.split(/\s+/)) {
    if (!cls) continue;
    const words = classTokenGroups(cls)[0] ?? [];
    const isState = words.some((w) => UI_STATE_WORDS.has(w) || compiled.classTokens.byFirstWord.has(w) || compiled.colourWordTokens.has(w));
    if (!isState) classes.add(cls.toLowerCase());
  }
  return classes;
}

/** Fast check for list members: same tag, role and identical class string as the list's shape (no child reads). */
export function sameListShape(shape: TileShape, element: Element, dom: SafeDom): boolean {
  return (
    dom.tagOf(element) === shape.tag &&
    (dom.attr(element, 'class') ?? '') === shape.rawClass &&
    (dom.attr(element, 'role') ?? '').trim().toLowerCase() === shape.role
  );
}

/**
 * Same tag and role; children of mostly the same kinds (Jaccard ≥ ½); and, where there are classes, at least half of
 * the smaller class set shared. The overlap (not Jaccard) measure lets `sc-x h7` match `sc-x h8` (CSS-in-JS classes
 * that vary with props), while the children test keeps a header and a footer that share `container` apart.
 */
export function similarShapes(a: TileShape, b: TileShape): boolean {
  if (a.tag !== b.tag || a.role !== b.role) return false;
  // List items and rows are repeated units by definition, and an identical class string is the list's own template:
  // neither needs the children to match (a red dot <span> and a green check <svg> differ).
  if (LIST_ITEM_TAGS.has(a.tag) || LIST_ITEM_ROLES.has(a.role)) return true;
  if (a.rawClass !== '' && a.rawClass === b.rawClass) return true;
  if (jaccard(a.childTags, b.childTags) < 0.5) return false;
  if (a.classes.size === 0 && b.classes.size === 0) return true;
  if (a.classes.size === 0 || b.classes.size === 0) return false;
  return shared(a.classes, b.classes) / Math.min(a.classes.size, b.classes.size) >= 0.5;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const common = shared(a, b);
  return common / (a.size + b.size - common);
}
