/**
 * Chrome's managed-storage schema (public/managed_schema.json) and the example policy files of docs/rollout.md.
 * Chrome refuses to load an extension whose schema it cannot read, and drops policy values that do not fit it, so
 * the schema must keep to the JSON-schema subset Chrome supports and declare exactly the keys the extension reads
 * (lib/policy/managed-policy.ts). Chrome's storage.managed can be filled only by OS policy, so Chrome's side is covered
 * here and in test/unit/policy/profile-layers.test.ts; Firefox's also end to end (test/e2e/managed-policy.e2e.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlainRecord } from '../../../lib/kartra/merge-profile';
import { MANAGED_OVERRIDE_KEYS, ManagedPolicySchema, readManagedPolicy } from '../../../lib/policy/managed-policy';
import { PROFILE_SITES } from '../../../lib/protocol-values';
import { SITE_PROFILES } from '../../../lib/site-profiles';

interface Schema {
  type?: string;
  $ref?: string;
  id?: string;
  title?: string;
  description?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema;
  items?: Schema;
  enum?: unknown[];
}

const SCHEMA = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as Schema;
const GECKO_ID = 'stripe-reconnect-assistant@support-tools';
const CHROME_ID = 'CHROME_EXTENSION_ID';
const example = (name: string) => readFileSync(`docs/policy-examples/${name}`, 'utf8');

/** The types Chrome's policy schema knows (components/policy/core/common/schema.cc). */
const CHROME_TYPES = new Set(['string', 'boolean', 'integer', 'number', 'array', 'object']);
/** The schema attributes Chrome reads; anything else would be a sign of a JSON-schema feature it ignores or refuses. */
const CHROME_ATTRIBUTES = new Set(['type', '$ref', 'id', 'title', 'description', 'properties', 'additionalProperties', 'patternProperties', 'items', 'enum', 'minimum', 'maximum', 'pattern', 'required', 'sensitiveValue']);

/** Every problem Chrome would have with a (sub)schema, by path. */
function chromeSchemaProblems(schema: Schema, path = '(top)'): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(schema)) if (!CHROME_ATTRIBUTES.has(key)) problems.push(`${path}: attribute ${key}`);
  if ((schema.type === undefined) === (schema.$ref === undefined)) problems.push(`${path}: needs exactly one of type and $ref`);
  if (schema.type !== undefined && !CHROME_TYPES.has(schema.type)) problems.push(`${path}: type ${schema.type}`);
  for (const [name, sub] of Object.entries(schema.properties ?? {})) problems.push(...chromeSchemaProblems(sub, `${path}.${name}`));
  if (schema.items) problems.push(...chromeSchemaProblems(schema.items, `${path}[]`));
  return problems;
}

/** Does `value` fit `schema` the way Chrome checks policy values (types, properties, items)? */
function fits(value: unknown, schema: Schema): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value) && (!schema.items || value.every((item) => fits(item, schema.items!)));
    case 'object':
      return (
        isPlainRecord(value) &&
        Object.entries(value).every(([key, item]) => {
          const sub = schema.properties?.[key] ?? schema.additionalProperties;
          return sub !== undefined && fits(item, sub);
        })
      );
    default:
      return false;
  }
}

describe('public/managed_schema.json, for Chrome', () => {
  it('keeps to the schema subset Chrome supports: an object at the top, no additionalProperties there, one type each', () => {
    expect(SCHEMA.type).toBe('object');
    expect(SCHEMA.additionalProperties).toBeUndefined();
    expect(chromeSchemaProblems(SCHEMA)).toEqual([]);
  });

  it('declares exactly the keys the extension reads, with the types Chrome will pass on', () => {
    expect(Object.keys(SCHEMA.properties ?? {}).sort()).toEqual(Object.keys(ManagedPolicySchema.shape).sort());
    for (const site of PROFILE_SITES) expect(SCHEMA.properties?.[MANAGED_OVERRIDE_KEYS[site]]?.type).toBe('string');
    expect(SCHEMA.properties?.allowAgentOverrides?.type).toBe('boolean');
  });

  it('gives every policy a title and a description for chrome://policy and the admin console', () => {
    for (const [name, policy] of Object.entries(SCHEMA.properties ?? {})) {
      expect(policy.title, name).toMatch(/\S/);
      expect(policy.description?.length, name).toBeGreaterThan(40);
    }
  });

  it('refuses what Chrome would drop: a profile given as an object, a boolean given as text', () => {
    expect(fits({ kartraProfileOverride: { version: 1 } }, SCHEMA)).toBe(false);
    expect(fits({ allowAgentOverrides: 'false' }, SCHEMA)).toBe(false);
    expect(fits({ somethingElse: 1 }, SCHEMA)).toBe(false);
    expect(fits({ kartraProfileOverride: '{"version": 1}', allowAgentOverrides: true }, SCHEMA)).toBe(true);
  });
});

/** Read a .reg file's string and dword values of one key, as regedit imports them. */
function regValues(text: string, key: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  let inKey = false;
  for (const line of text.split(/\r\n/)) {
    const header = /^\[(.+)\]$/.exec(line);
    if (header) inKey = header[1] === key;
    if (!inKey) continue;
    const string = /^"([^"]+)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (string) values[string[1]!] = string[2]!.replace(/\\(.)/g, '$1');
    const dword = /^"([^"]+)"=dword:([0-9a-f]{8})$/.exec(line);
    if (dword) values[dword[1]!] = Number.parseInt(dword[2]!, 16);
  }
  return values;
}

/** Read a flat plist dict of strings and booleans (what an extension's preference domain holds). */
function plistValues(text: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  for (const m of text.matchAll(/<key>([^<]+)<\/key>\s*(?:<string>([^<]*)<\/string>|<(true|false)\/>)/g)) {
    values[m[1]!] = m[2] !== undefined ? unescape(m[2]) : m[3] === 'true';
  }
  return values;
}

/** The policy data of each example file, as storage.managed would hand it to the extension. */
const EXAMPLES: Record<string, { data: unknown; chromeChecked: boolean }> = {
  'chrome-linux-policy.json': {
    data: (JSON.parse(example('chrome-linux-policy.json')) as { '3rdparty': { extensions: Record<string, unknown> } })['3rdparty'].extensions[CHROME_ID],
    chromeChecked: true,
  },
  'chrome-windows.reg': {
    data: (() => {
      const raw = regValues(example('chrome-windows.reg'), `HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_ID}\\policy`);
      // Chrome reads a REG_DWORD as a boolean where the schema says boolean.
      return { ...raw, allowAgentOverrides: raw.allowAgentOverrides === 1 };
    })(),
    chromeChecked: true,
  },
  'chrome-macos-extension-policy.plist': { data: plistValues(example('chrome-macos-extension-policy.plist')), chromeChecked: true },
  'firefox-managed-storage.json': { data: (JSON.parse(example('firefox-managed-storage.json')) as { data: unknown }).data, chromeChecked: false },
  'firefox-policies.json': {
    data: (JSON.parse(example('firefox-policies.json')) as { policies: { '3rdparty': { Extensions: Record<string, unknown> } } }).policies['3rdparty'].Extensions[GECKO_ID],
    chromeChecked: false,
  },
};

describe('the example policy files of docs/rollout.md', () => {
  it.each(Object.entries(EXAMPLES))('%s: every key read, every profile valid, applied whole', (_name, { data, chromeChecked }) => {
    expect(Object.keys(data as object).sort()).toEqual(Object.keys(ManagedPolicySchema.shape).sort());
    if (chromeChecked) expect(fits(data, SCHEMA)).toBe(true);
    const policy = readManagedPolicy(data);
    expect(policy).toMatchObject({ allowAgentOverrides: false, allowAgentOverridesInvalid: false });
    for (const site of PROFILE_SITES) {
      const value = policy.overrides[site];
      expect(value.state, site).toBe('set');
      const parsed = value.state === 'set' ? SITE_PROFILES[site].parseOverride(value.json) : undefined;
      expect(parsed?.ok ? [] : parsed?.errors, site).toEqual([]);
    }
  });

  it('hold the same policy in every format', () => {
    const policies = Object.values(EXAMPLES).map(({ data }) => readManagedPolicy(data));
    const texts = policies.map((p) => PROFILE_SITES.map((site) => {
      const value = p.overrides[site];
      return value.state === 'set' ? JSON.parse(value.json) : value;
    }));
    for (const text of texts) expect(text).toEqual(texts[0]);
  });

  it('name the extension by its ids: the gecko id in both Firefox files, Firefox’s manifest named after it', () => {
    const manifest = JSON.parse(example('firefox-managed-storage.json')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: GECKO_ID, type: 'storage' });
    expect(Object.keys((JSON.parse(example('firefox-policies.json')) as { policies: { ExtensionSettings: object } }).policies.ExtensionSettings)).toEqual([GECKO_ID]);
    expect(example('chrome-linux-policy.json')).toContain(`"${CHROME_ID}"`);
  });
});
