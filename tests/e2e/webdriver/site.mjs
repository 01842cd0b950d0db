// Serves a built site to the WebdriverIO smoke suites with the same static server as the Playwright
// suite (tests/e2e/serve.mjs).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The release site, as `cargo xtask dist` writes it. */
export const DIST = join(ROOT, 'dist');

/** Serves `root` on 127.0.0.1:`port`; resolves with the server process once it listens. */
export async function serve(root, port) {
  const server = spawn(process.execPath, [join(ROOT, 'tests/e2e/serve.mjs'), root, String(port), '/'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Ready when it says it listens (its only line).
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`the static server for ${root} exited (${code})`)));
  });
  return server;
}
