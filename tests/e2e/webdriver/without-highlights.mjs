// The release site as a browser without the CSS Custom Highlight API sees it (Safari before 17.2,
// Firefox before 149): a copy of dist whose page first runs a script of its own origin that removes
// `Highlight` and `CSS.highlights`. WebKitGTK 2.50 has the API and cannot turn it off, and
// WebKitWebDriver runs no script before the page's own, so the page is served that way instead. The
// page's CSP allows the script (`script-src 'self'`): nothing else about the page changes.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './site.mjs';

const SCRIPT = 'test-without-custom-highlights.js';

/** Writes the copy; returns its folder (the caller removes it). */
export async function siteWithoutHighlights() {
  const site = await mkdtemp(join(tmpdir(), 'hybrid-without-highlights-'));
  await cp(DIST, site, { recursive: true });
  await writeFile(join(site, SCRIPT), 'delete window.Highlight;\ndelete CSS.highlights;\n');
  const index = join(site, 'index.html');
  const html = await readFile(index, 'utf8');
  // Before the page's first script or preload, so it runs before the app starts.
  const first = html.search(/<(script|link)\b/);
  if (first < 0) throw new Error('dist/index.html has no script or link to run before');
  await writeFile(index, `${html.slice(0, first)}<script src="${SCRIPT}"></script>${html.slice(first)}`);
  return site;
}
