// Loads the whole app for the start-up shell (src/ui/start.rs). The build
// (scripts/app-module.mjs) names the app's two files, whose names carry
// content hashes, on <meta name="michishirube-app">. Both are same-origin,
// so the Content-Security-Policy's 'self' covers them.
export async function openApp() {
  const meta = document.querySelector('meta[name="michishirube-app"]');
  if (!meta) throw new Error('michishirube: the page does not name the app module');
  const base = document.baseURI;
  const glue = await import(new URL(meta.dataset.js, base).href);
  await glue.default({ module_or_path: new URL(meta.dataset.wasm, base) });
}
