// Post-build step (trunk post_build hook): gives the two wasm modules (the
// whole app, and the authoring module loaded on demand) content-hashed
// file names and names them on the page.
//
// The first view is static HTML (prerender/), so trunk builds every module
// as a "worker"-type module, which it leaves unhashed and unreferenced
// (michishirube-app.js and michishirube-app_bg.wasm, and the same for
// michishirube-author). This script renames each pair to
// <name>-<hash>.js / _bg.wasm, so a new build is never mixed with a cached
// old one, and writes
//   <meta name="<name>" content="" data-js="…" data-wasm="…">
// into index.html, which assets/boot.js (the app, when the person leaves
// the static first view), ui/js/author.js (the authoring module, on
// the authoring page) read. It also drops any
// preload of a module's snippets: nothing is loaded for the first view.
//
// Usage: node scripts/app-module.mjs [DIR]   (default $TRUNK_STAGING_DIR)
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('app-module.mjs: no directory given and TRUNK_STAGING_DIR is not set');
  process.exit(1);
}
const page = path.join(dir, 'index.html');
let html = fs.readFileSync(page, 'utf8');
// The module loaded on demand: trunk's two files, renamed with a content
// hash and named on a <meta> of the same name.
for (const name of ['michishirube-author']) {
  const js = path.join(dir, `${name}.js`);
  const wasm = path.join(dir, `${name}_bg.wasm`);
  for (const f of [js, wasm]) {
    if (!fs.existsSync(f)) {
      console.error(`app-module.mjs: ${path.basename(f)} is missing from the build`);
      process.exit(1);
    }
  }
  const hash = crypto.createHash('sha256')
    .update(fs.readFileSync(js)).update(fs.readFileSync(wasm))
    .digest('hex').slice(0, 16);
  const jsName = `${name}-${hash}.js`;
  const wasmName = `${name}-${hash}_bg.wasm`;
  fs.renameSync(js, path.join(dir, jsName));
  fs.renameSync(wasm, path.join(dir, wasmName));
  for (const extra of [`${name}.d.ts`, `${name}_bg.wasm.d.ts`]) {
    fs.rmSync(path.join(dir, extra), { force: true });
  }
  html = html.replace(new RegExp(`\\s*<meta name="${name}"[^>]*>`, 'g'), '');
  const meta = `<meta name="${name}" content="" data-js="./${jsName}" data-wasm="./${wasmName}">`;
  html = html.replace(/(<meta name="viewport"[^>]*>)/, `$1\n    ${meta}`);
  if (!html.includes(meta)) {
    console.error('app-module.mjs: could not place the meta tag (no <meta name="viewport">)');
    process.exit(1);
  }
  console.log(`app-module.mjs: ${jsName}, ${wasmName}`);
}
// The whole app is trunk's "main" module (trunk adds a main build of the
// root crate when a page names none), so trunk has hashed its names and
// written a loader script and preloads for it, which would load the app on
// every visit. The first view is static and needs none of it: the loader
// goes, and the app is named on a <meta> like the others, for
// assets/boot.js to load when the person goes further.
const loader = [...html.matchAll(/\s*<script type="module">([\s\S]*?)<\/script>/g)]
  .find((m) => m[1].includes('michishirube-app-'));
const appJs = loader?.[1].match(/from\s*['"]\.?\/?(michishirube-app-[0-9a-f]+\.js)['"]/)?.[1];
const appWasm = loader?.[1].match(/['"]\.?\/?(michishirube-app-[0-9a-f]+_bg\.wasm)['"]/)?.[1];
if (!appJs || !appWasm) {
  console.error("app-module.mjs: cannot find trunk's loader of the app module in index.html");
  process.exit(1);
}
html = html.replace(loader[0], '');
html = html.replace(/\s*<meta name="michishirube-app"[^>]*>/g, '');
html = html.replace(/(<meta name="viewport"[^>]*>)/,
  `$1\n    <meta name="michishirube-app" content="" data-js="./${appJs}" data-wasm="./${appWasm}">`);
console.log(`app-module.mjs: ${appJs}, ${appWasm} (trunk's loader removed)`);
// The first view loads no module, so nothing is preloaded for it; a
// snippet a module imports comes with that module.
html = html.replace(/\s*<link rel="(?:modulepreload|preload)" href="[^"]*"[^>]*>/g, '');
fs.writeFileSync(page, html);
