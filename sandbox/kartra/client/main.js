// Entry point of the fake Kartra app: a single-page app whose pages are drawn by the router into the shell's <main>.
import { startRouter } from './router.js';

startRouter();
