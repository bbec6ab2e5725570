// Registers the service worker so the app works offline after one visit.
// Not on file:// (the one-file build), where service workers do not exist.
// Registered once the first view is shown (the load event), so that its
// precache, which fetches the whole app in the background, never competes
// with the first view's own few requests.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  const register = () => navigator.serviceWorker.register('./sw.js').catch(() => {
    // Offline use is a convenience; the app works without it.
  });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
