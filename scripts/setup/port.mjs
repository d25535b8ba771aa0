// @ts-check
/** The sandbox's port must be free before a build is spent on a server that cannot start. */
import { createServer } from 'node:net';
import { SetupError } from './report.mjs';

/**
 * @param {number} port
 * @param {string} command the npm command to run again on another port
 */
export function ensurePortFree(port, command) {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new SetupError(`port ${port} is taken (is another npm start or npm run sandbox running?)`, `stop that program, or choose another port: SANDBOX_PORT=${port + 1} ${command}`)
          : new SetupError(`cannot listen on port ${port}: ${error.message}`, `choose another port: SANDBOX_PORT=${port + 1} ${command}`),
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePromise(undefined)));
  });
}
