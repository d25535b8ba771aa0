/**
 * The clobber-proof primitive under every page reader.
 *
 * Named form controls shadow element properties (`<form><input name="parentNode">` makes `form.parentNode` the
 * input) and `<img name="querySelectorAll">` shadows document methods, in a content script's isolated world too. So
 * members are taken from the DOM prototypes, never read off the node, and called through these total wrappers: they
 * return undefined instead of throwing.
 */

/** Node types we rely on, as numbers: page code could replace the `Node`/`NodeFilter` globals in a shared realm. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;

export type AnyFn = (this: unknown, ...args: unknown[]) => unknown;

/** Find a member on the prototype chain, skipping the object itself (that is where clobbering lives). */
function protoMember(obj: object | null | undefined, key: string): PropertyDescriptor | undefined {
  if (!obj) return undefined;
  let proto: object | null = Object.getPrototypeOf(obj) as object | null;
  for (let depth = 0; proto && depth < 32; depth++) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    if (descriptor) return descriptor;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return undefined;
}

/** The getter `key` of the object's prototype chain. */
export function getterOf(obj: object | null | undefined, key: string): AnyFn | undefined {
  const get = protoMember(obj, key)?.get;
  return typeof get === 'function' ? (get as AnyFn) : undefined;
}

/** The method `key` of the object's prototype chain. */
export function methodOf(obj: object | null | undefined, key: string): AnyFn | undefined {
  const value: unknown = protoMember(obj, key)?.value;
  return typeof value === 'function' ? (value as AnyFn) : undefined;
}

/** A window operation: own properties of the window object in browsers (named access lives below them). */
export function ownOrProtoMethod(obj: object, key: string): AnyFn | undefined {
  const own: unknown = Object.getOwnPropertyDescriptor(obj, key)?.value;
  if (typeof own === 'function') return own as AnyFn;
  return methodOf(obj, key);
}

// Fixed-arity callers: these run per node, so no rest-argument arrays and no Reflect.apply.
export function call<T>(fn: AnyFn | undefined, self: unknown): T | undefined {
  if (!fn) return undefined;
  try {
    return (fn as (this: unknown) => T).call(self);
  } catch {
    return undefined;
  }
}

export function call1<T>(fn: AnyFn | undefined, self: unknown, a: unknown): T | undefined {
  if (!fn) return undefined;
  try {
    return (fn as (this: unknown, a: unknown) => T).call(self, a);
  } catch {
    return undefined;
  }
}

export function call2<T>(fn: AnyFn | undefined, self: unknown, a: unknown, b: unknown): T | undefined {
  if (!fn) return undefined;
  try {
    return (fn as (this: unknown, a: unknown, b: unknown) => T).call(self, a, b);
  } catch {
    return undefined;
  }
}

export function call3<T>(fn: AnyFn | undefined, self: unknown, a: unknown, b: unknown, c: unknown): T | undefined {
  if (!fn) return undefined;
  try {
    return (fn as (this: unknown, a: unknown, b: unknown, c: unknown) => T).call(self, a, b, c);
  } catch {
    return undefined;
  }
}

/** A text node's data, cut at `max` ('' when unreadable). */
export function sliceData(textNode: Node, max: number): string {
  try {
    const data = (textNode as Text).data;
    if (typeof data !== 'string') return '';
    return data.length > max ? data.slice(0, max) : data;
  } catch {
    return '';
  }
}
