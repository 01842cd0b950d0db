// Browser benchmark of the release dist: bytes as a static host serves them, time to the generated
// script painted, keystroke-to-output latency, memory. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const dist = process.argv[2] ?? 'dist';
const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const EDITS = 50;
const KEY_PAGES = 3;
const PORT = 4190;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const range = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;

// 1. Transfer sizes of what the page loads, compressed as a static host would serve them.
const pageFiles = readdirSync(dist).filter((f) => /^(index\.html|boot-.*\.js|hybrid-builder-[^.]*\.js|hybrid-builder-.*_bg\.wasm|main-.*\.css|favicon\.svg)$/.test(f));
const kinds = { wasm: /\.wasm$/, js: /\.js$/, css: /\.css$/, html: /\.html$/, svg: /\.svg$/ };
const sizes = {};
for (const f of pageFiles) {
  const bytes = readFileSync(join(dist, f));
  const kind = Object.keys(kinds).find((k) => kinds[k].test(f));
  sizes[kind] ??= { raw: 0, gzip: 0, brotli: 0 };
  sizes[kind].raw += bytes.length;
  sizes[kind].gzip += gzipSync(bytes, { level: 9 }).length;
  sizes[kind].brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
console.log('\nTransfer (the page: html + loader + glue + wasm + css + icon)');
console.log('kind      raw        gzip -9    brotli 11');
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const [kind, s] of Object.entries(sizes)) {
  console.log(`${kind.padEnd(8)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`);
  for (const k of Object.keys(total)) total[k] += s[k];
}
console.log(`${'total'.padEnd(8)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)} ${kb(total.brotli).padStart(10)}`);
const offline = readFileSync(join(dist, 'hybrid-builder-offline.html'));
console.log(`offline single file: ${kb(offline.length)} raw, ${kb(gzipSync(offline, { level: 9 }).length)} gzip`);

/** Resolves when a static server (tests/e2e/serve.mjs) says it listens: its only line. */
function listening(child) {
  return new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`the static server exited (${code})`)));
  });
}

// 2. Browser timings against a local static server.
const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await listening(server);
const url = `http://127.0.0.1:${PORT}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });

const marker = () => {
  window.__painted = undefined;
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  new MutationObserver((_, obs) => {
    const pre = document.querySelector('#panel-on-premises pre.script');
    if (pre && pre.textContent.includes('Set-CsAccessEdgeConfiguration')) {
      obs.disconnect();
      // The frame that shows the script starts (rAF); its layout and paint are done when a task
      // queued from that frame runs.
      requestAnimationFrame(() => {
        window.__frame = performance.now();
        // Not a wait: a task queued from the frame runs once that frame is laid out and painted.
        setTimeout(() => { window.__painted = performance.now(); }, 0);
      });
    }
  }).observe(document, { childList: true, subtree: true });
};

// One cold load in a fresh context, throttled; the page stays open for the caller.
async function load(rate, target) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(marker);
  await page.goto(target);
  await page.waitForFunction(() => window.__painted !== undefined);
  const [painted, frame] = await page.evaluate(() => [window.__painted, window.__frame]);
  return { context, page, cdp, painted, frame };
}

// Keystroke to output: edit the provider identity, time until the script's DOM changed.
function edit(page) {
  return page.evaluate(async (edits) => {
    const input = document.getElementById('f-hosting-provider-identity');
    const pre = document.querySelector('#panel-on-premises pre.script');
    const out = [];
    for (let i = 0; i < edits; i++) {
      const changed = new Promise((resolve) => {
        const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now()); });
        obs.observe(pre, { childList: true, subtree: true, characterData: true });
      });
      const t0 = performance.now();
      input.value = `Provider${i}`;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      out.push((await changed) - t0);
      await new Promise((r) => requestAnimationFrame(r));
    }
    return out;
  }, EDITS);
}

// App and static loads alternate, so a machine that slows down mid-run weighs on both alike.
// Keystrokes are timed on the first KEY_PAGES app pages (latency varies from page to page).
async function measure(rate, appUrl, staticUrl) {
  const r = { paints: [], frames: [], floor: [], floorFrames: [], latencies: [], heap: 0, wasmMem: 0 };
  for (let i = 0; i < LOADS; i++) {
    const app = await load(rate, appUrl);
    r.paints.push(app.painted);
    r.frames.push(app.frame);
    if (i < KEY_PAGES) {
      // A second after load, as an admin would start typing: not in the middle of start-up work.
      // Deliberately the machine's time: the benchmark measures real latency, it asserts nothing.
      await app.page.waitForTimeout(1000);
      r.latencies.push(...(await edit(app.page)));
    }
    if (i === LOADS - 1) {
      await app.cdp.send('HeapProfiler.collectGarbage').catch(() => {});
      r.heap = (await app.cdp.send('Runtime.getHeapUsage')).usedSize;
      r.wasmMem = await app.page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
    }
    await app.context.close();
    const copy = await load(rate, staticUrl);
    r.floor.push(copy.painted);
    r.floorFrames.push(copy.frame);
    await copy.context.close();
  }
  return r;
}

// The same page as plain HTML (the DOM after load, scripts removed), loaded the same way: what the
// browser alone needs to lay out and paint this page, so the app's own share of the paint is visible.
async function staticCopy() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#panel-on-premises pre.script');
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true);
    root.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]').forEach((e) => e.remove());
    return '<!doctype html>\n' + root.outerHTML;
  });
  await context.close();
  const dir = mkdtempSync(join(tmpdir(), 'hybrid-static-'));
  writeFileSync(join(dir, 'index.html'), html);
  for (const f of pageFiles.filter((f) => /\.(css|svg)$/.test(f))) copyFileSync(join(dist, f), join(dir, f));
  return dir;
}

const staticDir = await staticCopy();
const staticServer = spawn('node', ['tests/e2e/serve.mjs', staticDir, String(PORT + 1)], { stdio: ['ignore', 'pipe', 'inherit'] });
await listening(staticServer);

for (const rate of [1, 4]) {
  const r = await measure(rate, url, `http://127.0.0.1:${PORT + 1}/`);
  console.log(`\nCPU ${rate}× (${LOADS} cold loads of each, ${EDITS} edits on each of ${KEY_PAGES} pages)`);
  const ms = (xs) => `median ${median(xs).toFixed(1)} ms (min–max ${range(xs)} ms)`;
  console.log(`  navigation → the script's frame starts: ${ms(r.frames)}`);
  console.log(`  navigation → script painted:            ${ms(r.paints)}`);
  console.log(`  same page as static HTML, frame starts: ${ms(r.floorFrames)}`);
  console.log(`  same page as static HTML, painted:      ${ms(r.floor)}`);
  // Each app load minus the static load right after it: the app's own share, steadier than either
  // figure alone on a machine whose speed drifts between runs.
  const own = r.frames.map((f, i) => f - r.floorFrames[i]);
  console.log(`  app's own share (frame − static frame): ${ms(own)}`);
  console.log(`  keystroke → output:                     median ${median(r.latencies).toFixed(2)} ms, p95 ${pct(r.latencies, 95).toFixed(2)} ms`);
  console.log(`  JS heap after load:                     ${kb(r.heap)}; wasm memory ${kb(r.wasmMem)}`);
}
staticServer.kill();
rmSync(staticDir, { recursive: true, force: true });
await browser.close();
server.kill();
