import { Fragment, type ComponentChild } from 'preact';

/** `{name}` for each name: what t() is given for the parts that are elements, so they stay marked in its result. */
export function partMarkers<Name extends string>(...names: Name[]): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, `{${name}}`])) as Record<Name, string>;
}

/**
 * A sentence with elements in it (a <kbd>, a <code>): each `{name}` marker left by partMarkers becomes its element,
 * wherever the language put it, so no sentence is cut in pieces around its markup.
 */
export function fillParts(message: string, elements: Record<string, ComponentChild>) {
  const pieces = message.split(/(\{[A-Za-z0-9]+\})/);
  return (
    <>
      {pieces.map((piece, index) => {
        const name = /^\{([A-Za-z0-9]+)\}$/.exec(piece)?.[1];
        return <Fragment key={index}>{name !== undefined && Object.hasOwn(elements, name) ? elements[name] : piece}</Fragment>;
      })}
    </>
  );
}
