// Browser benchmark of the release dist (or of any static site, `--site DIR --input SEL --output SEL`):
// bytes as a static host serves them, first contentful paint, time to the generated script painted,
// keystroke → next frame and the Event Timing API's interaction duration (as browsers report INP),
// DOM nodes, memory. Prints figures; asserts nothing.
//
// The load, paint and keystroke measures use the method of the neutral harness the targets of #18
// were set with (../shared/peer-bench): each load a fresh browser context served brotli by a local
// static server; "painted" is a task queued from the frame after the output appeared (rAF, then a
// MessageChannel message); a keystroke is a real key press (CDP), timed from its keydown's
// timeStamp to that same point after the output's text changed; edits alternate typing `x` and
// Backspace, in 5 fresh pages per CPU rate, 500 ms after load, 50 ms apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { encodings, serve } from './static-host.mjs';

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { site: { type: 'string' }, input: { type: 'string' }, output: { type: 'string' }, contains: { type: 'string' } },
});
const ours = opt.site === undefined;
const dist = resolve(opt.site ?? positionals[0] ?? 'dist');
const INPUT = opt.input ?? (ours ? '#f-hosting-provider-identity' : null);
const OUTPUT = opt.output ?? (ours ? '#panel-on-premises pre.script' : null);
const CONTAINS = opt.contains ?? (ours ? 'Set-CsAccessEdgeConfiguration' : null);
if (!OUTPUT) throw new Error('--site needs --output SEL (the element that holds the generated text)');

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
// The CPU rates to measure at (`BENCH_RATES=4` for one), 1× and 4× by default.
const RATES = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);
const EDITS = Number(process.env.BENCH_EDITS ?? 50); // per CPU rate and field, as the peer harness
const SESSIONS = 5; // fresh pages the edits are split over
const KEY_PAGES = 3; // pages with the synthetic keystroke → output measure
const BIG = { pilots: 2000, domains: 50 };
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const finite = (xs) => xs.filter((x) => Number.isFinite(x));
const median = (xs) => { const s = finite(xs).sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = finite(xs).sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const range = (xs) => `${Math.min(...finite(xs)).toFixed(1)}–${Math.max(...finite(xs)).toFixed(1)}`;
const ms = (xs) => `median ${median(xs).toFixed(1)} ms (min–max ${range(xs)} ms)`;
const label = (s) => `  ${s.padEnd(46)}`;

// Installed before the page's scripts: FCP, the output's appearance and its frame, long tasks,
// Event Timing entries, WebAssembly memories.
function probe(cfg) {
  const pb = (window.__pb = { fcp: null, inDom: null, frame: null, painted: null, started: null, longTasks: [], events: [], memories: [] });
  // The app has started (the form answers) when the output is there and index.html's first frame,
  // which may show a written copy of it (xtask/src/prerender.rs), is gone.
  const started = new MutationObserver(() => {
    if (document.querySelector(cfg.output) && !document.getElementById('static-frame')) {
      pb.started = performance.now();
      started.disconnect();
    }
  });
  started.observe(document, { childList: true, subtree: true });
  let ready;
  pb.ready = new Promise((r) => (ready = r));
  const check = () => {
    if (pb.inDom !== null) return;
    const el = document.querySelector(cfg.output);
    if (!el) return;
    const t = el.textContent || '';
    if (!t.trim() || (cfg.contains && !t.includes(cfg.contains))) return;
    if (!(el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length)) return;
    pb.inDom = performance.now();
    mo.disconnect();
    // The frame that shows the output starts (rAF); it has been laid out and painted when a task
    // queued from that frame runs.
    requestAnimationFrame(() => {
      pb.frame = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { pb.painted = performance.now(); ready(); };
      ch.port2.postMessage(0);
    });
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
  document.addEventListener('DOMContentLoaded', check);
  const observe = (type, f, extra = {}) => { try { new PerformanceObserver((l) => l.getEntries().forEach(f)).observe({ type, buffered: true, ...extra }); } catch {} };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') pb.fcp = e.startTime; });
  observe('longtask', (e) => pb.longTasks.push([e.startTime, e.duration]));
  // 16 ms is the lowest threshold the API allows: shorter interactions are not reported.
  observe('event', (e) => pb.events.push({ name: e.name, id: e.interactionId, start: e.startTime, duration: e.duration }), { durationThreshold: 16 });
  const W = WebAssembly;
  const grab = (i) => { try { for (const v of Object.values(i.exports)) if (v instanceof W.Memory && !pb.memories.includes(v)) pb.memories.push(v); } catch {} };
  for (const fn of ['instantiate', 'instantiateStreaming']) {
    const orig = W[fn];
    if (orig) W[fn] = function (...args) { return orig.apply(this, args).then((r) => { grab(r.instance || r); return r; }); };
  }
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });

// One cold load in a fresh context, throttled; the page stays open for the caller.
async function load(rate, url, { network = false, metrics = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  if (network) {
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, wire: 0 }));
    cdp.on('Network.loadingFinished', (e) => { const r = requests.get(e.requestId); if (r) r.wire = e.encodedDataLength; });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(probe, { output: OUTPUT, contains: CONTAINS });
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  await page.evaluate(() => window.__pb.ready);
  // Paint timing entries arrive after the frame is presented.
  await page.waitForFunction(() => window.__pb.fcp !== null, null, { timeout: 10000 }).catch(() => {});
  await page.waitForFunction(() => window.__pb.started !== null, null, { timeout: 60000 });
  const r = await page.evaluate(() => {
    const pb = window.__pb;
    // What had arrived when the output was painted, and when the app started: as sent (brotli).
    const arrived = (until) => [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
      .filter((e) => e.responseEnd <= until).reduce((a, e) => a + e.transferSize, 0);
    return {
      fcp: pb.fcp, inDom: pb.inDom, frame: pb.frame, painted: pb.painted, started: pb.started,
      bytesPainted: arrived(pb.painted), bytesStarted: arrived(pb.started),
      tbt: pb.longTasks.filter(([s]) => s <= pb.inDom).reduce((a, [, d]) => a + Math.max(0, d - 50), 0),
      wasmMem: pb.memories.reduce((a, m) => a + m.buffer.byteLength, 0),
    };
  });
  if (metrics) {
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
    const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    Object.assign(r, { nodes: m.Nodes, heap: m.JSHeapUsedSize });
  }
  return { context, page, cdp, requests, ...r };
}

// 1. Transfer: what one cold load fetches until the app has started (with the written first screen,
// the wasm comes after the output is painted: see 'arrived when the output was painted' below), each
// file compressed as a static host would serve it.
const app = await serve(dist);
const first = await load(1, app.url, { network: true });
await first.context.close();
const seen = new Set();
const files = [...first.requests.values()].filter((r) => r.url.startsWith(app.url) && !seen.has(r.url) && seen.add(r.url)).map((r) => {
  let path = decodeURIComponent(new URL(r.url).pathname).slice(1) || 'index.html';
  if (path.endsWith('/')) path += 'index.html';
  return { path, wire: r.wire };
});
const kindOf = (f) => (/\.wasm$/.test(f) ? 'wasm' : /\.m?js$/.test(f) ? 'js' : /\.css$/.test(f) ? 'css' : /\.html?$/.test(f) ? 'html' : 'other');
const sizes = {};
const rows = [];
for (const { path, wire } of files) {
  let bytes;
  try { bytes = readFileSync(join(dist, path)); } catch { continue; }
  const enc = encodings(join(dist, path), bytes);
  const row = { path, kind: kindOf(path), raw: bytes.length, gzip: enc.gzip.length, brotli: enc.br.length, wire };
  rows.push(row);
  sizes[row.kind] ??= { raw: 0, gzip: 0, brotli: 0, wire: 0 };
  for (const k of ['raw', 'gzip', 'brotli', 'wire']) sizes[row.kind][k] += row[k];
}
console.log(`\nTransfer: the ${rows.length} files one load fetches until the app has started (wire = as served, brotli, with headers)`);
const line = (name, s) => `${name.padEnd(44)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)} ${kb(s.wire).padStart(10)}`;
console.log(`${'file / kind'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip -9'.padStart(10)} ${'brotli 11'.padStart(10)} ${'wire'.padStart(10)}`);
for (const r of rows) console.log(line(r.path, r));
const total = { raw: 0, gzip: 0, brotli: 0, wire: 0 };
for (const kind of ['wasm', 'js', 'css', 'html', 'other']) {
  if (!sizes[kind]) continue;
  console.log(line(kind, sizes[kind]));
  for (const k of Object.keys(total)) total[k] += sizes[kind][k];
}
console.log(line('total', total));
if (ours) {
  // The other languages: one file each, fetched only when the admin chooses that language.
  const dir = join(dist, 'locales');
  console.log(`\nLanguage files (dist/locales/, fetched only when chosen; English is in the wasm)`);
  for (const name of readdirSync(dir).sort()) {
    const bytes = readFileSync(join(dir, name));
    const enc = encodings(join(dir, name), bytes);
    console.log(line(`locales/${name}`, { raw: bytes.length, gzip: enc.gzip.length, brotli: enc.br.length, wire: enc.br.length }));
  }
  const offline = readFileSync(join(dist, 'hybrid-builder-offline.html'));
  console.log(`offline single file: ${kb(offline.length)} raw, ${kb(gzipSync(offline, { level: 9 }).length)} gzip`);
}

// 2. The same page as plain HTML (the DOM after load, scripts removed), loaded the same way: what
// the browser alone needs to lay out and paint this page, so the app's own share is visible.
async function staticCopy() {
  const { context, page } = await load(1, app.url);
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true);
    root.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]').forEach((e) => e.remove());
    return '<!doctype html>\n' + root.outerHTML;
  });
  await context.close();
  return serve(dist, html);
}
const copy = await staticCopy();

// Keystroke to output, synthetic: set the value, dispatch `input`, time until the output's DOM changed.
function syntheticEdits(page) {
  return page.evaluate(async ([input, output, edits]) => {
    const el = document.querySelector(input);
    const pre = document.querySelector(output);
    const out = [];
    for (let i = 0; i < edits; i++) {
      const changed = new Promise((resolve) => {
        const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now()); });
        obs.observe(pre, { childList: true, subtree: true, characterData: true });
      });
      const t0 = performance.now();
      el.value = `Provider${i}`;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      out.push((await changed) - t0);
      await new Promise((r) => requestAnimationFrame(r));
    }
    return out;
  }, [INPUT, OUTPUT, EDITS]);
}

// Armed before each key press: resolves once the output's text changed and stayed quiet, with the
// time of the first change and of the task after the next frame.
function armKeystroke([output, quietMs]) {
  const get = () => document.querySelector(output)?.textContent ?? null;
  let prev = get();
  const r = { tArm: performance.now(), tIn: null, first: null, frame: null, timedOut: false };
  const onIn = (e) => { if (r.tIn === null) r.tIn = e.timeStamp; };
  document.addEventListener('keydown', onIn, true);
  window.__keystroke = new Promise((resolve) => {
    let quiet = null;
    let done = false;
    const finish = (timedOut) => {
      if (done) return;
      done = true;
      r.timedOut = timedOut;
      mo.disconnect(); clearTimeout(timeout); clearTimeout(quiet);
      document.removeEventListener('keydown', onIn, true);
      const wait = () => (r.first !== null && r.frame === null ? setTimeout(wait, 5) : resolve(r));
      wait();
    };
    const mo = new MutationObserver(() => {
      const now = performance.now();
      const t = get();
      if (t === prev) return;
      prev = t;
      if (r.first === null) {
        r.first = now;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => { r.frame = performance.now(); };
          ch.port2.postMessage(0);
        });
      }
      clearTimeout(quiet);
      quiet = setTimeout(() => finish(false), quietMs);
    });
    mo.observe(document, { childList: true, subtree: true, characterData: true });
    const timeout = setTimeout(() => finish(true), 30000);
  });
}

// `n` key presses in `selector` (alternately `x` and Backspace, at the end of the text or, with
// `atStart`, at its start): key → next frame, and each press's interaction duration as the Event
// Timing API reports it (null: under the API's 16 ms floor).
async function keystrokes(page, rate, selector, n, atStart = false) {
  const el = page.locator(selector).first();
  await el.click();
  await page.keyboard.press(atStart ? 'Control+Home' : 'End');
  const quietMs = Math.round(150 * Math.max(1, rate / 2));
  const presses = [];
  for (let i = 0; i < n; i++) {
    await page.evaluate(armKeystroke, [OUTPUT, quietMs]);
    if (i % 2 === 0) await page.keyboard.type('x'); else await page.keyboard.press('Backspace');
    const r = await page.evaluate(() => window.__keystroke);
    presses.push(r);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(300 * rate); // Event Timing entries come after the frame is presented
  const events = await page.evaluate(() => window.__pb.events);
  return presses.map((r) => {
    const down = events.find((e) => e.name === 'keydown' && Math.abs(e.start - r.tIn) < 0.5);
    const inp = down ? Math.max(...events.filter((e) => e.id === down.id && e.id !== 0).map((e) => e.duration), down.duration) : null;
    const t0 = r.tIn ?? r.tArm;
    return { frame: r.first === null ? NaN : r.frame - t0, output: r.first === null ? NaN : r.first - t0, inp };
  });
}

// Interaction durations with those under the 16 ms reporting floor: median / p95 as text.
function inpStat(xs, p) {
  const s = xs.map((x) => x ?? -1).sort((a, b) => a - b);
  const v = p === 50 ? s[(s.length - 1) >> 1] : s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return v < 0 ? '< 16 ms' : `${v.toFixed(0)} ms`;
}
function printKeys(title, presses, pages) {
  const frames = presses.map((p) => p.frame);
  const lost = frames.filter((f) => !Number.isFinite(f)).length;
  const indent = `${title.match(/^ */)[0]}  `;
  console.log(`  ${title}`);
  console.log(`${label(`${indent}key → next frame:`)}median ${median(frames).toFixed(1)} ms, p95 ${pct(frames, 95).toFixed(1)} ms${lost ? ` (${lost} presses changed no output)` : ''}`);
  const inp = presses.map((p) => p.inp);
  // The page's INP: its worst interaction (pages with fewer than 50 interactions).
  const worst = pages.map((ps) => Math.max(...ps.map((p) => p.inp ?? 0)));
  console.log(`${label(`${indent}interaction (Event Timing, as INP):`)}median ${inpStat(inp, 50)}, p95 ${inpStat(inp, 95)}; ${inp.filter((x) => x === null).length}/${inp.length} under 16 ms; the page's INP (its worst), median of ${pages.length} pages ${worst.length && median(worst) > 0 ? `${median(worst).toFixed(0)} ms` : '< 16 ms'}`);
}

// Fill the SIP domains and pilot users (2,000 pilots over 50 domains) and wait for the script.
async function fillBig(page) {
  const domains = ['contoso.com', ...Array.from({ length: BIG.domains - 1 }, (_, i) => `fabrikam${i + 1}.com`)];
  const pilots = Array.from({ length: BIG.pilots }, (_, i) => `pilot${i}@${domains[i % domains.length]}`);
  await page.click('#section-pilot > summary');
  // As a paste: the whole list in one input event, then change.
  await page.evaluate(([domains, pilots]) => {
    for (const [id, value] of [['f-environment-sip-domains', domains], ['f-environment-pilot-users', pilots]]) {
      const el = document.getElementById(id);
      el.value = value.join('\n');
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, [domains, pilots]);
  const last = pilots[pilots.length - 1];
  await page.waitForFunction(([output, last]) => document.querySelector(output)?.textContent.includes(last), [OUTPUT, last], { timeout: 60000 })
    .catch(() => console.log(`  (the script does not show ${last} after filling the lists)`));
  await page.waitForTimeout(500);
}

async function measure(rate) {
  const r = { fcp: [], frames: [], paints: [], started: [], bytesPainted: [], bytesStarted: [], tbt: [], nodes: [], heap: [], floorFcp: [], floor: [], floorFrames: [], synthetic: [], wasmMem: 0 };
  // App and static loads alternate, so a machine that slows down mid-run weighs on both alike.
  for (let i = 0; i < LOADS; i++) {
    const a = await load(rate, app.url, { metrics: true });
    r.fcp.push(a.fcp); r.frames.push(a.frame); r.paints.push(a.painted); r.tbt.push(a.tbt); r.nodes.push(a.nodes); r.heap.push(a.heap);
    r.started.push(a.started); r.bytesPainted.push(a.bytesPainted); r.bytesStarted.push(a.bytesStarted);
    r.wasmMem = a.wasmMem;
    if (i < KEY_PAGES && INPUT) {
      // A second after load, as an admin would start typing: not in the middle of start-up work.
      await a.page.waitForTimeout(1000);
      r.synthetic.push(...(await syntheticEdits(a.page)));
    }
    await a.context.close();
    const c = await load(rate, copy.url);
    r.floorFcp.push(c.fcp); r.floor.push(c.painted); r.floorFrames.push(c.frame);
    await c.context.close();
  }
  // Real key presses, the peer harness's way, in SESSIONS fresh pages.
  r.keys = []; r.keyPages = [];
  r.bigIdentity = []; r.bigIdentityPages = []; r.bigPilot = []; r.bigPilotPages = []; r.bigNodes = [];
  for (let s = 0; s < SESSIONS && INPUT; s++) {
    const n = EDITS / SESSIONS;
    const a = await load(rate, app.url);
    await a.page.waitForTimeout(500);
    const ps = await keystrokes(a.page, rate, INPUT, n);
    r.keys.push(...ps); r.keyPages.push(ps);
    await a.context.close();
    if (!ours) continue;
    const b = await load(rate, app.url);
    await b.page.waitForTimeout(500);
    await fillBig(b.page);
    await b.cdp.send('Performance.enable');
    await b.cdp.send('HeapProfiler.collectGarbage').catch(() => {});
    r.bigNodes.push((await b.cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'Nodes').value);
    const pi = await keystrokes(b.page, rate, INPUT, n);
    r.bigIdentity.push(...pi); r.bigIdentityPages.push(pi);
    const pp = await keystrokes(b.page, rate, '#f-environment-pilot-users', n, true);
    r.bigPilot.push(...pp); r.bigPilotPages.push(pp);
    await b.context.close();
  }
  return r;
}

console.log(`\nSite: ${dist}; output ${OUTPUT}${CONTAINS ? ` (once it contains "${CONTAINS}")` : ''}; keystrokes in ${INPUT ?? '(no --input: none)'}`);
for (const rate of RATES) {
  const r = await measure(rate);
  console.log(`\nCPU ${rate}× (${LOADS} cold loads of each, brotli; ${INPUT ? `${EDITS} key presses in ${SESSIONS} pages per field` : 'no keystrokes'})`);
  console.log(`${label('first contentful paint:')}${ms(r.fcp)}`);
  console.log(`${label("navigation → the output's frame starts:")}${ms(r.frames)}`);
  console.log(`${label('navigation → output painted:')}${ms(r.paints)}`);
  console.log(`${label('blocking time (long tasks) until output:')}${ms(r.tbt)}`);
  console.log(`${label('navigation → the app started (form answers):')}${ms(r.started)}`);
  console.log(`${label('arrived when the output was painted:')}${kb(median(r.bytesPainted))} (when the app started: ${kb(median(r.bytesStarted))})`);
  console.log(`${label('same page as static HTML, FCP:')}${ms(r.floorFcp)}`);
  console.log(`${label('same page as static HTML, frame starts:')}${ms(r.floorFrames)}`);
  console.log(`${label('same page as static HTML, painted:')}${ms(r.floor)}`);
  // Each app load minus the static load right after it: the app's own share, steadier than either
  // figure alone on a machine whose speed drifts between runs.
  console.log(`${label('app\'s own share (frame − static frame):')}${ms(r.frames.map((f, i) => f - r.floorFrames[i]))}`);
  console.log(`${label('DOM nodes after load:')}${median(r.nodes).toFixed(0)}`);
  console.log(`${label('JS heap after load (post-GC):')}${kb(median(r.heap))}; wasm memory ${kb(r.wasmMem)}`);
  if (!INPUT) continue;
  console.log(`${label('keystroke → output (synthetic input):')}median ${median(r.synthetic).toFixed(2)} ms, p95 ${pct(r.synthetic, 95).toFixed(2)} ms`);
  printKeys(`keystrokes in ${INPUT}`, r.keys, r.keyPages);
  if (!ours) continue;
  console.log(`  with ${BIG.pilots} pilot users and ${BIG.domains} SIP domains (filled as a paste, then measured)`);
  console.log(`${label('  DOM nodes:')}${median(r.bigNodes).toFixed(0)}`);
  printKeys(`  keystrokes in ${INPUT}`, r.bigIdentity, r.bigIdentityPages);
  printKeys('  keystrokes at the start of the pilot textarea', r.bigPilot, r.bigPilotPages);
}
await browser.close();
copy.close();
app.close();
