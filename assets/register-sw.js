// Registers the service worker so the app works offline after one visit.
// Not on file:// (the one-file build), where service workers do not exist.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Offline use is a convenience; the app works without it.
  });
}
