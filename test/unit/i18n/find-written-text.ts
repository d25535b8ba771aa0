/**
 * Finds words written in code instead of in locales/: JSX text, text-bearing JSX attributes (title, aria-label,
 * placeholder…), object fields that are shown (title, label, message…), and any other string of two or more words.
 * What is not text by nature is skipped: class lists, imports, type positions, t() keys, console and Error messages
 * (developer-facing), selector lists of tag names, the manifest's `__MSG_key__` placeholders, and the site profiles'
 * words (what Kartra and Stripe show is data, read from their pages).
 */
import ts from 'typescript';

export interface WrittenText {
  file: string;
  line: number;
  text: string;
}

const TEXT_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'alt', 'label']);
const NON_TEXT_ATTRIBUTES = /^(class|className|id|type|href|role|name|for|htmlFor|rel|target|lang|dir|autocomplete|inputMode|key|part|src|method|value|data-.*|aria-(live|controls|describedby|labelledby|current|hidden|expanded|haspopup|atomic|relevant|busy|modal|pressed|selected|checked|disabled|invalid|required|level|owns))$/;
const SHOWN_FIELDS = new Set(['title', 'label', 'message', 'heading', 'hint', 'note', 'text', 'description', 'instruction', 'what', 'why', 'fix', 'summary', 'action', 'caption']);
const SILENT_CALLS = /^(console\.\w+|t|Error|TypeError|RangeError|SyntaxError|describe|it|test|expect|querySelector|querySelectorAll|matches|closest|addEventListener|removeEventListener|dispatchEvent|setAttribute|getAttribute|removeAttribute|hasAttribute|createElement|fail)$/;
const WORDS = /\p{L}{2,}\p{P}*\s+\p{P}*\p{L}{2,}/u;
const LETTER = /\p{L}/u;
/** CSS selectors and URL patterns have spaces too: `button, [role="button"]`. */
const SELECTOR = /[[\]=>]|^[.#:*]/;
/** A selector list of bare tag names, `input, textarea`: names of HTML elements only, so a list of words is still found. */
const TAG_LIST = /^[a-z][a-z0-9]*(\s*,\s*[a-z][a-z0-9]*)+$/;
const HTML_TAGS = new Set(
  ('a abbr article aside audio b body button canvas code dd details dialog div dl dt em fieldset footer form h1 h2 h3 h4 h5 ' +
    'h6 head header html i iframe img input label legend li link main meta nav ol optgroup option output p pre ' +
    'progress script section select slot source span strong style summary svg table tbody td template textarea tfoot ' +
    'th thead tr ul video').split(' '),
);
/** The manifest's words are named, not written: the browser fills `__MSG_extName__` in from locales/. */
const MANIFEST_PLACEHOLDER = /^__MSG_\w+__$/;

/** Strings that have letters but are not words for anyone to read. */
function isNotText(text: string): boolean {
  const trimmed = text.trim();
  if (MANIFEST_PLACEHOLDER.test(trimmed)) return true;
  return TAG_LIST.test(trimmed) && trimmed.split(',').every((tag) => HTML_TAGS.has(tag.trim()));
}

export function findWrittenText(file: string, source: string): WrittenText[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: WrittenText[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push({ file, line, text: text.trim().slice(0, 80) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isCallExpression(node) && SILENT_CALLS.test(calleeName(node.expression))) return;
    if (ts.isNewExpression(node) && SILENT_CALLS.test(calleeName(node.expression))) return;
    if (ts.isJsxText(node)) {
      if (LETTER.test(node.text)) report(node, node.text);
      return;
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      if (NON_TEXT_ATTRIBUTES.test(name)) return;
      const value = node.initializer;
      if (value && ts.isStringLiteral(value) && !isNotText(value.text) && (TEXT_ATTRIBUTES.has(name) ? LETTER.test(value.text) : WORDS.test(value.text))) {
        report(value, value.text);
      }
      if (value && ts.isJsxExpression(value) && value.expression) visit(value.expression);
      return;
    }
    if (ts.isPropertyAssignment(node) && isTextLiteral(node.initializer)) {
      const name = node.name.getText(sf).replace(/['"]/g, '');
      const text = literalText(node.initializer);
      if (name === 'class' || name === 'className' || isNotText(text)) return;
      if (SHOWN_FIELDS.has(name) ? LETTER.test(text) : WORDS.test(text)) report(node.initializer, text);
      return;
    }
    if (isTextLiteral(node)) {
      const text = literalText(node);
      if (WORDS.test(text) && !SELECTOR.test(text) && !isNotText(text)) report(node, text);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function isTextLiteral(node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
}

/** A template's fixed parts, joined: `Account “${name}” was selected` reads as "Account “ ” was selected". */
function literalText(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): string {
  if (!ts.isTemplateExpression(node)) return node.text;
  return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
}

function calleeName(expression: ts.Expression): string {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) {
    const owner = ts.isIdentifier(expression.expression) ? expression.expression.text : '';
    return owner === 'console' ? `console.${expression.name.text}` : expression.name.text;
  }
  return '';
}
