// Runs in index.html's head before the body is drawn (`cargo xtask dist` writes it as a file named by
// its hash, with its integrity; xtask/src/prerender.rs fills the four values below). It decides whether
// the first screen written into the page (#prerendered: the default settings, in English) is the page
// this load starts with: no link in the address but the defaults' own, nothing this browser kept for
// the page but the defaults as the app saves them, a browser that honours `inert`, and English as the
// language it would choose (the first of the browser's languages the builder ships, as
// hybrid_model::i18n::catalog::negotiate). Then it marks <html data-prerendered>: the stylesheet
// shows that screen, and the loader fetches the wasm once it is painted. Otherwise the outline shows
// and the wasm is fetched at once, as Trunk's preload did.
(() => {
  const shipped = __SHIPPED_LANGUAGES__;
  const preload = __WASM_PRELOAD__;
  const language = () => {
    for (const tag of navigator.languages ?? [navigator.language]) {
      const [primary, ...rest] = String(tag).trim().toLowerCase().split(/[-_]/);
      if (primary === 'zh') {
        if (!rest.some((s) => ['hant', 'tw', 'hk', 'mo'].includes(s))) return 'zh-CN';
        continue;
      }
      const found = shipped.find((l) => l.toLowerCase() === primary);
      if (found) return found;
    }
    return 'en';
  };
  // What the app itself writes for the defaults on a first visit (filled in from the build's
  // snapshot): a later visit or a reload that finds exactly this starts with the same screen.
  const defaultLink = __DEFAULT_LINK__;
  const defaultStorage = __DEFAULT_STORAGE__;
  const keptOnlyDefaults = () => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!Object.hasOwn(defaultStorage, key) || localStorage.getItem(key) !== defaultStorage[key]) return false;
    }
    return true;
  };
  let asWritten = false;
  try {
    asWritten = (location.hash.length <= 1 || location.hash === defaultLink)
      && keptOnlyDefaults()
      && sessionStorage.length === 0
      && typeof WebAssembly === 'object'
      // Without `inert` (browsers before 2023) the written screen would take typing the app then drops.
      && 'inert' in HTMLElement.prototype
      && language() === 'en';
  } catch {
    // Storage refused (a browser's privacy setting): the page may start otherwise.
  }
  if (asWritten) {
    document.documentElement.setAttribute('data-prerendered', '');
    return;
  }
  const link = document.createElement('link');
  for (const [name, value] of Object.entries(preload)) link.setAttribute(name, value);
  document.head.append(link);
})();
