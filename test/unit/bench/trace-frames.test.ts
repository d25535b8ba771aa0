import { describe, expect, test } from 'vitest';
import { analyzeScrollTrace, markWindow, overlap, scriptSpans, type TraceEvent } from '../../../scripts/bench/trace-frames.ts';

const PID = 10;
const MAIN = 11;
const COMPOSITOR = 12;
const EXT = 'chrome-extension://abc/content-scripts/kartra.js';

function meta(): TraceEvent[] {
  return [
    { name: 'TracingStartedInBrowser', ph: 'I', pid: 1, tid: 1, ts: 0, args: { data: { frames: [{ url: 'http://app.kartra.localhost:1/integrations', processId: PID, isOutermostMainFrame: true }] } } },
    { name: 'thread_name', ph: 'M', pid: PID, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', pid: PID, tid: COMPOSITOR, ts: 0, args: { name: 'Compositor' } },
  ];
}
const beginFrame = (ts: number): TraceEvent => ({ name: 'BeginFrame', ph: 'I', pid: PID, tid: COMPOSITOR, ts });
const call = (ts: number, dur: number, url: string, tdur = dur): TraceEvent => ({ name: 'FunctionCall', ph: 'X', pid: PID, tid: MAIN, ts, dur, tdur, args: { data: { url } } });
const task = (ts: number, dur: number): TraceEvent => ({ name: 'RunTask', ph: 'X', pid: PID, tid: MAIN, ts, dur });

describe('scroll trace analysis', () => {
  test('extension spans: nested calls are not counted twice, page calls are ignored', () => {
    const spans = scriptSpans([call(100, 50, EXT), call(110, 10, EXT), call(200, 30, 'http://app.kartra.localhost:1/main.js'), call(300, 20, EXT, 5)], PID, MAIN, 'chrome-extension://');
    expect(spans).toEqual([
      { start: 100, end: 150, cpu: 50 },
      { start: 300, end: 320, cpu: 5 },
    ]);
    expect(overlap(spans, 140, 310)).toEqual({ wall: 20, cpu: 12.5 });
  });

  test('frames between BeginFrames, extension script per frame, dropped frames, inside the marked window', () => {
    const events: TraceEvent[] = [
      ...meta(),
      { name: 'sra-bench:scroll-start', ph: 'R', pid: PID, tid: MAIN, ts: 1_000 },
      { name: 'sra-bench:scroll-end', ph: 'R', pid: PID, tid: MAIN, ts: 60_000 },
      beginFrame(500), // before the window: ignored
      beginFrame(1_000),
      beginFrame(17_667),
      beginFrame(34_333),
      beginFrame(51_000),
      task(2_000, 3_000),
      call(2_500, 2_000, EXT, 1_000),
      task(18_000, 17_000), // a long task spilling into the next frame
      call(18_500, 16_500, EXT, 16_500),
      { name: 'PipelineReporter', ph: 'b', pid: PID, tid: COMPOSITOR, ts: 2_000, id2: { local: '0x1' }, args: { frame_reporter: { state: 'STATE_PRESENTED_ALL' } } },
      { name: 'PipelineReporter', ph: 'b', pid: PID, tid: COMPOSITOR, ts: 20_000, id2: { local: '0x2' }, args: { frame_reporter: { state: 'STATE_DROPPED' } } },
    ];
    const window = markWindow(events, 'sra-bench:scroll-start', 'sra-bench:scroll-end');
    expect(window).toEqual({ start: 1_000, end: 60_000 });
    const a = analyzeScrollTrace(events, { pageUrlPrefix: 'http://app.kartra.localhost:1', scriptUrlPrefix: 'chrome-extension://', window });
    expect(a.pid).toBe(PID);
    expect(a.windowMs).toBe(59);
    expect(a.frames).toHaveLength(3);
    expect(a.frames[0]).toMatchObject({ extWallMs: 2, extCpuMs: 1, mainBusyMs: 3 });
    expect(a.frames[1]?.extWallMs).toBeCloseTo(15.833, 3);
    expect(a.frames[1]?.mainBusyMs).toBeCloseTo(16.333, 3);
    expect(a.frames[2]?.extWallMs).toBeCloseTo(0.667, 3);
    expect(a.frameStates).toEqual({ STATE_PRESENTED_ALL: 1, STATE_DROPPED: 1 });
    expect(a.extensionSpans).toHaveLength(2);
  });

  test('a trace without the page renderer is an error, not an empty result', () => {
    expect(() => analyzeScrollTrace(meta(), { pageUrlPrefix: 'http://elsewhere', scriptUrlPrefix: 'chrome-extension://' })).toThrow(/no renderer/);
  });
});
