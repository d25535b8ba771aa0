/**
 * Reads a Chromium performance trace (the JSON puppeteer's page.tracing writes): the page renderer's frames, its
 * long main-thread animation frames, dropped frames, and how much script time in each frame came from a given URL
 * prefix (the extension's content scripts). Pure: takes the parsed events.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  cat?: string;
  id2?: { local?: string; global?: string };
  id?: string;
  args?: Record<string, unknown>;
}

/** Trace events that run script and name its URL in args.data.url. */
export const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run']);

export interface Span {
  start: number;
  end: number;
  /** Thread (CPU) time of the span in µs, when the trace has it. */
  cpu: number;
}

export interface FrameShare {
  /** µs, trace clock. */
  start: number;
  end: number;
  /** Extension script time inside the frame: wall ms, and thread-CPU ms (wall minus time the thread was descheduled). */
  extWallMs: number;
  extCpuMs: number;
  /** Main-thread task time inside the frame (top-level RunTask spans), wall ms. */
  mainBusyMs: number;
}

export interface ScrollTraceAnalysis {
  pid: number;
  windowMs: number;
  /** Compositor frames (BeginFrame to next BeginFrame) of the page's renderer inside the window. */
  frames: FrameShare[];
  /** Main-thread animation frames (the renderer's AnimationFrame spans, as used by Long Animation Frames). */
  animationFrames: (FrameShare & { durationMs: number })[];
  /** PipelineReporter verdicts for the page's frames inside the window, e.g. STATE_PRESENTED_ALL, STATE_DROPPED. */
  frameStates: Record<string, number>;
  extensionSpans: Span[];
}

const dataOf = (e: TraceEvent) => (e.args?.data ?? {}) as Record<string, unknown>;

function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String((e.args as { name?: string })?.name));
  return names;
}

/** The renderer process showing a main frame whose URL starts with `pageUrlPrefix`. */
export function pageProcess(events: readonly TraceEvent[], pageUrlPrefix: string): number | undefined {
  for (const e of events) {
    if (e.name !== 'TracingStartedInBrowser') continue;
    const frames = (dataOf(e).frames ?? []) as { url?: string; processId?: number; isOutermostMainFrame?: boolean; parent?: string }[];
    const main = frames.find((f) => f.url?.startsWith(pageUrlPrefix) && (f.isOutermostMainFrame ?? !f.parent));
    if (main?.processId !== undefined) return main.processId;
  }
  for (const e of events) {
    if (e.name === 'FrameCommittedInBrowser' || e.name === 'CommitLoad') {
      const data = (dataOf(e).frame ?? dataOf(e)) as { url?: string; processId?: number };
      if (data.url?.startsWith(pageUrlPrefix) && data.processId !== undefined) return data.processId;
    }
  }
  return undefined;
}

/** Union of the top-level tasks a thread ran (RunTask spans). */
export function taskSpans(events: readonly TraceEvent[], pid: number, tid: number): Span[] {
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const spans: Span[] = [];
  for (const e of tasks) {
    const last = spans[spans.length - 1];
    const end = e.ts + (e.dur ?? 0);
    if (last && e.ts < last.end) {
      if (end > last.end) last.end = end;
      continue;
    }
    spans.push({ start: e.ts, end, cpu: e.tdur ?? e.dur ?? 0 });
  }
  return spans;
}

/** Union of top-level script spans whose URL starts with `urlPrefix`, on one thread; nested ones are not counted twice. */
export function scriptSpans(events: readonly TraceEvent[], pid: number, tid: number, urlPrefix: string): Span[] {
  const candidates = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && e.dur !== undefined)
    .filter((e) => String(dataOf(e).url ?? (e.args as { fileName?: string })?.fileName ?? '').startsWith(urlPrefix))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const spans: Span[] = [];
  for (const e of candidates) {
    const start = e.ts;
    const end = e.ts + (e.dur ?? 0);
    const last = spans[spans.length - 1];
    if (last && start < last.end) {
      if (end > last.end) {
        // Partial overlap (rare: async B/E pairs rendered as X): extend, charging CPU pro rata.
        const extra = end - last.end;
        last.cpu += ((e.tdur ?? e.dur ?? 0) * extra) / Math.max(1, e.dur ?? 1);
        last.end = end;
      }
      continue;
    }
    spans.push({ start, end, cpu: e.tdur ?? e.dur ?? 0 });
  }
  return spans;
}

/** Wall and CPU µs of `spans` falling inside [start, end). */
export function overlap(spans: readonly Span[], start: number, end: number): { wall: number; cpu: number } {
  let wall = 0;
  let cpu = 0;
  for (const s of spans) {
    if (s.end <= start) continue;
    if (s.start >= end) break;
    const part = Math.min(end, s.end) - Math.max(start, s.start);
    wall += part;
    cpu += s.end > s.start ? (s.cpu * part) / (s.end - s.start) : 0;
  }
  return { wall, cpu };
}

/** Pairs async begin/end events (ph b/e) of one name in one process by id. */
function asyncSpans(events: readonly TraceEvent[], pid: number, name: string): { start: number; end: number; begin: TraceEvent }[] {
  const open = new Map<string, TraceEvent>();
  const out: { start: number; end: number; begin: TraceEvent }[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.name !== name) continue;
    const key = `${e.tid}:${e.id2?.local ?? e.id2?.global ?? e.id ?? ''}`;
    if (e.ph === 'b') open.set(key, e);
    else if (e.ph === 'e') {
      const begin = open.get(key);
      if (begin) {
        open.delete(key);
        out.push({ start: begin.ts, end: e.ts, begin });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** First and last timestamp of the named marks (user timing), if both are in the trace. */
export function markWindow(events: readonly TraceEvent[], startMark: string, endMark: string): { start: number; end: number } | undefined {
  const ts = (name: string) => events.filter((e) => e.name === name && e.ts > 0).map((e) => e.ts);
  const start = ts(startMark);
  const end = ts(endMark);
  if (!start.length || !end.length) return undefined;
  return { start: Math.min(...start), end: Math.max(...end) };
}

export function analyzeScrollTrace(
  events: readonly TraceEvent[],
  options: { pageUrlPrefix: string; scriptUrlPrefix: string; window?: { start: number; end: number } },
): ScrollTraceAnalysis {
  const pid = pageProcess(events, options.pageUrlPrefix);
  if (pid === undefined) throw new Error(`trace: no renderer found for ${options.pageUrlPrefix}`);
  const names = threadNames(events);
  const tidNamed = (wanted: string) => {
    for (const [key, name] of names) if (name === wanted && key.startsWith(`${pid}:`)) return Number(key.slice(key.indexOf(':') + 1));
    return undefined;
  };
  const mainTid = tidNamed('CrRendererMain');
  const compositorTid = tidNamed('Compositor');
  if (mainTid === undefined) throw new Error('trace: the page renderer has no CrRendererMain thread');
  const window = options.window ?? { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY };
  const inWindow = (ts: number) => ts >= window.start && ts < window.end;

  const extensionSpans = scriptSpans(events, pid, mainTid, options.scriptUrlPrefix);
  const busy = taskSpans(events, pid, mainTid);
  const share = (start: number, end: number): FrameShare => {
    const o = overlap(extensionSpans, start, end);
    return { start, end, extWallMs: o.wall / 1000, extCpuMs: o.cpu / 1000, mainBusyMs: overlap(busy, start, end).wall / 1000 };
  };

  const beginFrames = events
    .filter((e) => e.pid === pid && e.name === 'BeginFrame' && (compositorTid === undefined || e.tid === compositorTid) && inWindow(e.ts))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const frames: FrameShare[] = [];
  for (let i = 0; i + 1 < beginFrames.length; i++) frames.push(share(beginFrames[i] as number, beginFrames[i + 1] as number));

  const animationFrames = asyncSpans(events, pid, 'AnimationFrame')
    .filter((s) => s.begin.tid === mainTid && inWindow(s.start))
    .map((s) => ({ ...share(s.start, s.end), durationMs: (s.end - s.start) / 1000 }));

  const frameStates: Record<string, number> = {};
  for (const e of events) {
    if (e.pid !== pid || e.name !== 'PipelineReporter' || e.ph !== 'b' || !inWindow(e.ts)) continue;
    const state = String(((e.args as { frame_reporter?: { state?: string } })?.frame_reporter?.state) ?? 'unknown');
    frameStates[state] = (frameStates[state] ?? 0) + 1;
  }
  const windowMs = Number.isFinite(window.end - window.start)
    ? (window.end - window.start) / 1000
    : beginFrames.length > 1
      ? ((beginFrames[beginFrames.length - 1] as number) - (beginFrames[0] as number)) / 1000
      : 0;
  return { pid, windowMs, frames, animationFrames, frameStates, extensionSpans: extensionSpans.filter((s) => inWindow(s.start)) };
}
