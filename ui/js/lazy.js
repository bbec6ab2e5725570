// Loads a page module (a wasm module with yew apps of its own: the pages
// module, with the 1on1 面談 pages and the authoring page) the first time
// the app shows one of its pages, and mounts it beside the app's own root: never inside it, so
// the two apps' event handling never meets. The build
// (scripts/app-module.mjs) names each module's two files, with content
// hashes, on <meta name="…">; the one-file build inlines them and offers
// them through window.michishirubeModules. Nothing is fetched from
// anywhere but the app's own origin.
const loading = new Map();

async function load(name) {
  const inlined = window.michishirubeModules?.[name];
  if (inlined) return inlined();
  // Asked for by assets/boot.js beside the app, when the address was one of
  // this module's pages; used once, and if it failed, loaded again here.
  const early = window.michishirubeEarly?.[name];
  if (early) {
    delete window.michishirubeEarly[name];
    try {
      return await early;
    } catch (e) {
      // Fetched afresh below.
    }
  }
  const meta = document.querySelector(`meta[name="${name}"]`);
  if (!meta) throw new Error(`michishirube: the page does not name the module ${name}`);
  const base = document.baseURI;
  const glue = await import(new URL(meta.dataset.js, base).href);
  await glue.default({ module_or_path: new URL(meta.dataset.wasm, base) });
  return glue;
}

function module(name) {
  if (!loading.has(name)) {
    loading.set(name, load(name).catch((e) => { loading.delete(name); throw e; }));
  }
  return loading.get(name);
}

// Mounts a page of the module into `root` with its input (JSON text),
// through the module's export `entry`; the module reports back through
// `events` (called with JSON text). `live()` says whether the app still
// wants the page once the module has loaded: the person may have left it
// meanwhile, and a page drawn then would stand beside the app's next one.
export async function mountPage(name, entry, root, input, events, live) {
  const m = await module(name);
  if (!live()) return;
  if (typeof m[entry] !== 'function') throw new Error(`michishirube: the module ${name} has no page ${entry}`);
  m[entry](root, input, events);
}

// Takes the module's page down, if the module was ever loaded.
export async function unmountPage(name) {
  if (!loading.has(name)) return;
  const m = await loading.get(name);
  m.unmount();
}
