// @ts-check
/** How set-up speaks: one short line a step, and failures as what failed plus the command that fixes it. */
import { spawn } from 'node:child_process';

/** @param {string} line */
export function say(line) {
  console.log(`setup: ${line}`);
}

/** A foreseeable failure: printed as its message and fix, without a stack trace. */
export class SetupError extends Error {
  /**
   * @param {string} message what failed
   * @param {string} [fix] the command (or action) that fixes it
   * @param {string} [meanwhile] what still works without it
   */
  constructor(message, fix, meanwhile) {
    super(message);
    this.fix = fix;
    this.meanwhile = meanwhile;
  }
}

/**
 * Run a command with its output captured instead of shown (set-up steps print one line, not npm's or apt's output).
 * @param {string} program
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<{ code: number, output: string }>}
 */
export function runQuietly(program, args, env = process.env) {
  return new Promise((resolvePromise) => {
    let output = '';
    const child = spawn(program, args, { env, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    const keep = (/** @type {Buffer} */ chunk) => {
      // The end is what explains a failure; a long install's beginning is not kept.
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolvePromise({ code: 127, output: error.message }));
    child.on('exit', (code) => resolvePromise({ code: code ?? 1, output }));
  });
}

/**
 * The lines of a captured output that say why it failed: npm's "code" and error message lines (not its stack trace),
 * apt's "E:" lines; otherwise the last lines.
 * @param {string} output
 */
export function lastLines(output, count = 6) {
  const lines = output.split('\n').map((line) => line.trimEnd()).filter(Boolean);
  const reasons = lines.filter((line) => /^npm error (code \S+$|\w*Error\b|404\b|network\b)|^E: /.test(line));
  return (reasons.length > 0 ? reasons : lines).slice(-count).map((line) => `    ${line}`).join('\n');
}
