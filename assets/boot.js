// The first view (header, menu, the list of bodies, footer) is static HTML,
// written into index.html at build time (prerender/) from the same
// components the app draws, so it shows and its links work before any wasm
// or JS runs. This small classic script, inlined into <head> by trunk
// (its hash goes into the Content-Security-Policy, scripts/csp.mjs), so the
// first paint waits for no script file, does three things:
//
// 1. Before the first paint, it decides whether the app must draw the first
//    screen instead: a stored assessment, imported frameworks, a guest
//    session, projector mode, English, unusable storage, or an address other
//    than the list. It then gives the root element the class app-first, which hides the
//    static view (styles/main.css), so there is no flash of the list.
// 2. It loads the app (named on the michishirube-app meta tag by
//    scripts/app-module.mjs), which draws every page, at once in that case,
//    and otherwise only when the person leaves the list for the app: a
//    link to #/… (a body's link goes to its static page, bodies/<id>/,
//    which needs no app), or any other address.
// 3. Until then it does for the static view what the app's components do:
//    the skip link, the language switch, and the phone menu's scrolling.
//
// The storage keys mirror ui/src/storage.rs (and "the list" is #/ in
// ui/src/route.rs); the e2e tests (first-view.test.mjs) check each case.
(function () {
  'use strict';
  var root = document.documentElement;

  function read(kind, key) {
    try {
      return window[kind].getItem(key);
    } catch (e) {
      return undefined; // storage disabled or blocked
    }
  }

  // Only the list of bodies (#/ or no hash) is drawn statically.
  function onList() {
    var h = location.hash;
    return h === '' || h === '#' || h === '#/';
  }

  function appFirst() {
    var doc = read('localStorage', 'michishirube.v1');
    // Unusable storage: the app explains what that means for the person.
    if (doc === undefined || doc !== null) return true;
    if (read('localStorage', 'michishirube.frameworks') != null) return true;
    if (read('sessionStorage', 'michishirube.session') === 'guest') return true;
    // Projector mode is a setting of the device, kept until turned off.
    if (location.hash.indexOf('?projector') >= 0 || read('localStorage', 'michishirube.projector') === '1') return true;
    var lang = read('localStorage', 'michishirube.lang');
    if (lang && lang !== 'ja') return true;
    return !onList();
  }

  if (appFirst()) root.classList.add('app-first');

  var opening = null;
  function failed() {
    root.classList.remove('app-first');
    root.classList.remove('app-loading');
    var main = document.getElementById('main');
    if (!main || document.getElementById('boot-error')) return;
    var box = document.createElement('div');
    box.id = 'boot-error';
    box.className = 'error';
    box.setAttribute('role', 'alert');
    var p = document.createElement('p');
    p.textContent = 'アプリ本体を読み込めませんでした。通信環境を確認して、再読み込みしてください。';
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'primary';
    b.textContent = '再読み込みする';
    b.addEventListener('click', function () { location.reload(); });
    box.appendChild(p);
    box.appendChild(b);
    main.insertBefore(box, main.firstChild);
  }
  // Loads and starts the app once; the app removes the static view when it
  // draws (ui/src/lib.rs).
  function open() {
    if (opening) return opening;
    root.classList.add('app-loading');
    var meta = document.querySelector('meta[name="michishirube-app"]');
    if (!meta) {
      failed();
      return (opening = Promise.reject(new Error('no app module named on the page')));
    }
    var base = document.baseURI;
    opening = import(new URL(meta.getAttribute('data-js'), base).href)
      .then(function (glue) {
        return glue.default({ module_or_path: new URL(meta.getAttribute('data-wasm'), base) });
      });
    opening.catch(failed);
    return opening;
  }

  function ready() {
    if (root.classList.contains('app-first')) {
      open();
      return;
    }
    window.addEventListener('hashchange', function () {
      if (!onList()) open();
    });
    var view = document.getElementById('first-view');
    if (!view) return;
    view.addEventListener('click', function (e) {
      var t = e.target instanceof Element ? e.target : null;
      // The skip link focuses the main region; the address holds the route.
      var skip = t && t.closest('.skip-link');
      if (skip) {
        e.preventDefault();
        var main = document.getElementById('main');
        if (main) main.focus();
        return;
      }
      // The language switch: the app draws the page in the chosen language.
      var lang = t && t.closest('.lang-switch');
      if (lang) {
        try {
          localStorage.setItem('michishirube.lang', lang.getAttribute('data-lang') || 'en');
        } catch (err) {
          // Without storage the app starts in Japanese and explains why.
        }
        root.classList.add('app-first');
        open();
      }
    });
    // On a phone the menu is one line that scrolls sideways; a link reached
    // with Tab is brought wholly into view.
    var nav = view.querySelector('.site-nav');
    if (nav) {
      nav.addEventListener('focusin', function (e) {
        if (e.target instanceof Element && e.target.scrollIntoView) {
          e.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        }
      });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();

  // 4. The service worker, so the app works offline after one visit: not on
  // file:// (the one-file build), where workers do not exist, and only once
  // the first view has loaded, so that its precache, which fetches the
  // whole app in the background, never competes with the first view.
  if ('serviceWorker' in navigator && location.protocol.indexOf('http') === 0) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('./sw.js').catch(function () {
        // Offline use is a convenience; the app works without it.
      });
    });
  }
})();
