/**
 * CSS colour parsing and red/green/grey classification.
 *
 * Browsers report computed colours as rgb()/rgba(), but as `color(srgb …)`, `oklch(…)` or `lab(…)` when authored
 * that way (Tailwind 4 ships oklch), and test DOMs echo hex. Colour names are never reported by a browser's computed
 * style, so they are not parsed (they read as unreadable, like `currentcolor`). "Red" is a band of hues, not #f00.
 */
import type { SiteProfile } from './site-profile.ts';

/** sRGB colour, channels 0–255 (not rounded), alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Hue 0–360 (0 for greys), saturation and lightness 0–1, alpha 0–1. */
export interface Hsl {
  h: number;
  s: number;
  l: number;
  a: number;
}

/** 'none': transparent, unset or unreadable. 'other': a real colour that is none of the three. */
export type ColourClass = 'red' | 'green' | 'grey' | 'other' | 'none';

export type ColourBands = SiteProfile['colours'];

/** Parse a CSS colour value; undefined for anything unreadable (keywords like `currentcolor`, `var(…)`, garbage). */
export function parseCssColour(value: string): Rgba | undefined {
  if (typeof value !== 'string' || value.length > 120) return undefined;
  const v = value.trim().toLowerCase();
  if (!v) return undefined;
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  if (v.startsWith('#')) return parseHex(v.slice(1));
  const fn = /^([a-z-]+)\(\s*(.*?)\s*\)$/.exec(v);
  if (!fn) return undefined;
  const name = fn[1] as string;
  const parts = splitArgs(fn[2] as string);
  if (!parts) return undefined;
  const { channels, alpha } = parts;
  const a = alpha === undefined ? 1 : parseAlpha(alpha);
  if (a === undefined) return undefined;
  switch (name) {
    case 'rgb':
    case 'rgba':
      return rgbFromChannels(channels, a);
    case 'hsl':
    case 'hsla':
      return hslFromChannels(channels, a);
    case 'color':
      return colorFunction(channels, a);
    case 'oklab':
      return fromOklab(channels, a, false);
    case 'oklch':
      return fromOklab(channels, a, true);
    case 'lab':
      return fromLab(channels, a, false);
    case 'lch':
      return fromLab(channels, a, true);
    default:
      return undefined;
  }
}

/** Convert sRGB to HSL. */
export function rgbToHsl({ r, g, b, a }: Rgba): Hsl {
  const rn = clamp01(r / 255);
  const gn = clamp01(g / 255);
  const bn = clamp01(b / 255);
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  const d = max - min;
  if (d < 1e-9) return { h: 0, s: 0, l, a };
  const s = d / (1 - Math.abs(2 * l - 1));
  let h: number;
  if (max === rn) h = ((gn - bn) / d) % 6;
  else if (max === gn) h = (bn - rn) / d + 2;
  else h = (rn - gn) / d + 4;
  h *= 60;
  if (h < 0) h += 360;
  return { h, s: clamp01(s), l, a };
}

/** Classify a CSS colour value against the profile's bands. */
export function classifyColour(value: string, bands: ColourBands): ColourClass {
  const rgba = parseCssColour(value);
  return rgba ? classifyHsl(rgbToHsl(rgba), bands) : 'none';
}

/** Classify an HSL colour: red and green bands first, then grey; too transparent is 'none'. */
export function classifyHsl(hsl: Hsl, bands: ColourBands): ColourClass {
  if (!(hsl.a >= bands.minAlpha)) return 'none';
  const inHueBand = (band: ColourBands['red']): boolean =>
    hueWithin(hsl.h, band.hueFrom, band.hueTo) &&
    hsl.s >= band.minSaturation &&
    hsl.l >= band.minLightness &&
    hsl.l <= band.maxLightness;
  if (inHueBand(bands.red)) return 'red';
  if (inHueBand(bands.green)) return 'green';
  if (hsl.s <= bands.grey.maxSaturation && hsl.l >= bands.grey.minLightness && hsl.l <= bands.grey.maxLightness) return 'grey';
  return 'other';
}

/** Hue band test; `from > to` wraps through 0° (340–15 is crimson to vermilion). */
export function hueWithin(hue: number, from: number, to: number): boolean {
  return from <= to ? hue >= from && hue <= to : hue >= from || hue <= to;
}

function parseHex(hex: string): Rgba | undefined {
  if (!/^[0-9a-f]+$/.test(hex)) return undefined;
  const expand = hex.length === 3 || hex.length === 4 ? [...hex].map((c) => c + c).join('') : hex;
  if (expand.length !== 6 && expand.length !== 8) return undefined;
  const byte = (i: number): number => parseInt(expand.slice(i, i + 2), 16);
  return { r: byte(0), g: byte(2), b: byte(4), a: expand.length === 8 ? byte(6) / 255 : 1 };
}

/** Split "255, 0, 0, 0.5" or "255 0 0 / 50%" (or "srgb 1 0 0 / 1") into channels and alpha. */
function splitArgs(args: string): { channels: string[]; alpha: string | undefined } | undefined {
  const [main, slashAlpha, extra] = args.split('/');
  if (extra !== undefined || main === undefined) return undefined;
  const channels = main.split(/[\s,]+/).filter(Boolean);
  let alpha = slashAlpha?.trim();
  // Legacy comma syntax puts alpha fourth: rgba(255, 0, 0, 0.5).
  if (alpha === undefined && channels.length === 4 && main.includes(',')) alpha = channels.pop();
  if (alpha === '') return undefined;
  return { channels, alpha };
}

function parseAlpha(text: string): number | undefined {
  const n = parseNumber(text, 1);
  return n === undefined ? undefined : clamp01(n);
}

/** A number, `none` (0) or a percentage scaled so 100% equals `percentOf`. */
function parseNumber(text: string, percentOf: number): number | undefined {
  if (text === 'none') return 0;
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%?)$/.exec(text);
  if (!match) return undefined;
  const n = Number(match[1]);
  if (!Number.isFinite(n)) return undefined;
  return match[2] ? (n / 100) * percentOf : n;
}

function parseHue(text: string): number | undefined {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(deg|rad|grad|turn)?$/.exec(text);
  if (!match) return text === 'none' ? 0 : undefined;
  const n = Number(match[1]);
  const unit = match[2] ?? 'deg';
  const deg = unit === 'rad' ? (n * 180) / Math.PI : unit === 'grad' ? n * 0.9 : unit === 'turn' ? n * 360 : n;
  return ((deg % 360) + 360) % 360;
}

function rgbFromChannels(channels: string[], a: number): Rgba | undefined {
  if (channels.length !== 3) return undefined;
  const [r, g, b] = channels.map((c) => parseNumber(c, 255));
  if (r === undefined || g === undefined || b === undefined) return undefined;
  return { r: clamp(r, 0, 255), g: clamp(g, 0, 255), b: clamp(b, 0, 255), a };
}

function hslFromChannels(channels: string[], a: number): Rgba | undefined {
  if (channels.length !== 3) return undefined;
  const h = parseHue(channels[0] as string);
  const s = parseNumber(channels[1] as string, 100);
  const l = parseNumber(channels[2] as string, 100);
  if (h === undefined || s === undefined || l === undefined) return undefined;
  const sn = clamp01(s / 100);
  const ln = clamp01(l / 100);
  const k = (n: number): number => (n + h / 30) % 12;
  const q = sn * Math.min(ln, 1 - ln);
  const f = (n: number): number => ln - q * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return { r: f(0) * 255, g: f(8) * 255, b: f(4) * 255, a };
}

/** `color(srgb r g b)`; other predefined spaces are read as if sRGB, close enough for a hue band. */
function colorFunction(channels: string[], a: number): Rgba | undefined {
  if (channels.length !== 4) return undefined;
  const space = channels[0] as string;
  if (!['srgb', 'srgb-linear', 'display-p3', 'a98-rgb', 'prophoto-rgb', 'rec2020'].includes(space)) return undefined;
  const values = channels.slice(1).map((c) => parseNumber(c, 1));
  if (values.some((x) => x === undefined)) return undefined;
  let [r, g, b] = values as [number, number, number];
  if (space === 'srgb-linear') [r, g, b] = [gammaEncode(r), gammaEncode(g), gammaEncode(b)];
  return { r: clamp01(r) * 255, g: clamp01(g) * 255, b: clamp01(b) * 255, a };
}

function fromOklab(channels: string[], a: number, polar: boolean): Rgba | undefined {
  if (channels.length !== 3) return undefined;
  const L = parseNumber(channels[0] as string, 1);
  if (L === undefined) return undefined;
  let A: number | undefined;
  let B: number | undefined;
  if (polar) {
    const C = parseNumber(channels[1] as string, 0.4);
    const h = parseHue(channels[2] as string);
    if (C === undefined || h === undefined) return undefined;
    A = C * Math.cos((h * Math.PI) / 180);
    B = C * Math.sin((h * Math.PI) / 180);
  } else {
    A = parseNumber(channels[1] as string, 0.4);
    B = parseNumber(channels[2] as string, 0.4);
    if (A === undefined || B === undefined) return undefined;
  }
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return linearToRgba(
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
    a,
  );
}

function fromLab(channels: string[], a: number, polar: boolean): Rgba | undefined {
  if (channels.length !== 3) return undefined;
  const L = parseNumber(channels[0] as string, 100);
  if (L === undefined) return undefined;
  let A: number | undefined;
  let B: number | undefined;
  if (polar) {
    const C = parseNumber(channels[1] as string, 150);
    const h = parseHue(channels[2] as string);
    if (C === undefined || h === undefined) return undefined;
    A = C * Math.cos((h * Math.PI) / 180);
    B = C * Math.sin((h * Math.PI) / 180);
  } else {
    A = parseNumber(channels[1] as string, 125);
    B = parseNumber(channels[2] as string, 125);
    if (A === undefined || B === undefined) return undefined;
  }
  // CIE Lab (D50) → XYZ → Bradford to D65 → linear sRGB.
  const fy = (L + 16) / 116;
  const fx = fy + A / 500;
  const fz = fy - B / 200;
  const inv = (t: number): number => (t ** 3 > 216 / 24389 ? t ** 3 : (116 * t - 16) / (24389 / 27));
  const X = 0.3457 / 0.3585 * inv(fx);
  const Y = L > 8 ? fy ** 3 : L / (24389 / 27);
  const Z = (1 - 0.3457 - 0.3585) / 0.3585 * inv(fz);
  const x65 = 0.9554734527042182 * X - 0.023098536874261423 * Y + 0.0632593086610217 * Z;
  const y65 = -0.028369706963208136 * X + 1.0099954580058226 * Y + 0.021041398966943008 * Z;
  const z65 = 0.012314001688319899 * X - 0.020507696433477912 * Y + 1.3303659366080753 * Z;
  return linearToRgba(
    3.2409699419045226 * x65 - 1.537383177570094 * y65 - 0.4986107602930034 * z65,
    -0.9692436362808796 * x65 + 1.8759675015077202 * y65 + 0.04155505740717559 * z65,
    0.05563007969699366 * x65 - 0.20397695888897652 * y65 + 1.0569715142428786 * z65,
    a,
  );
}

function linearToRgba(r: number, g: number, b: number, a: number): Rgba | undefined {
  if (![r, g, b].every(Number.isFinite)) return undefined;
  return { r: clamp01(gammaEncode(r)) * 255, g: clamp01(gammaEncode(g)) * 255, b: clamp01(gammaEncode(b)) * 255, a };
}

function gammaEncode(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const abs = Math.abs(x);
  return sign * (abs <= 0.0031308 ? 12.92 * abs : 1.055 * abs ** (1 / 2.4) - 0.055);
}

function clamp01(x: number): number {
  return clamp(x, 0, 1);
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
