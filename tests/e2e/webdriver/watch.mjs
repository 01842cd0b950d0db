// Watches a page for what a smoke test must not see: Content-Security-Policy violations, uncaught
// exceptions, rejected promises nobody handled and console errors. WebKitWebDriver has no WebDriver
// BiDi, so neither preload scripts nor the browser's log: there the watch starts once the page has
// loaded. Firefox also runs it as a preload script, from the page's first script on, and adds its
// BiDi log.
//
// It also notes the size of each Blob the page turns into an object URL: a download's bytes, so the
// suite knows when a downloaded file is complete.

/** The watch, run in the page (self-contained); `window.__watch` holds what it saw. Runs once. */
export function watch() {
  if (window.__watch) return;
  const seen = { csp: [], problems: [], offered: [] };
  window.__watch = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  window.addEventListener('error', (e) => seen.problems.push(`uncaught: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => seen.problems.push(`unhandled rejection: ${e.reason}`));
  const consoleError = console.error;
  console.error = (...args) => {
    seen.problems.push(`console.error: ${args.join(' ')}`);
    consoleError.apply(console, args);
  };
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (object) => {
    if (object instanceof Blob) seen.offered.push(object.size);
    return createObjectURL.call(URL, object);
  };
}

/** Starts the watch in the page now open, unless it runs there already. */
export async function watchPage(browser) {
  await browser.execute(watch);
}
