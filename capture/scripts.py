"""JavaScript run inside the captured page. Each returns plain data; only OVERLAYS changes the page,
and only when told to remove what is clearly a cookie/consent banner."""

SCROLL = """
async ({maxHeight, budgetMs}) => {
  const t0 = performance.now();
  const H = () => Math.max(document.documentElement ? document.documentElement.scrollHeight : 0,
                           document.body ? document.body.scrollHeight : 0);
  // the tool's own waits use the page's original setTimeout: they are not the page's timers
  const later = (window.__ekQuietState && window.__ekQuietState.timeout) || window.setTimeout;
  // a frame drawn (so that IntersectionObserver callbacks of the last position have run); the
  // bound only matters where a page is not being drawn at all, or a loaded machine draws late
  const frame = () => Promise.race([new Promise(r => requestAnimationFrame(() => r())),
                                    new Promise(r => later(r, 250))]);
  const sleep = ms => new Promise(r => later(r, ms));
  const step = Math.max(200, window.innerHeight);     // each part of the page is in view once
  const startHeight = H();
  // A page where nothing can react to scrolling (no IntersectionObserver made, no scroll or wheel
  // listener on the window or document, noted by QUIET_INIT) shows the same whatever the scroll
  // position, except for the browser's own lazy pictures and frames: those are brought into view
  // one by one instead of stepping through the whole page.
  const st = window.__ekQuietState;
  // (frames are not looked into: a page with any frame is stepped through)
  const reacts = !st || st.observers > 0 || st.scrollListeners > 0 || window.onscroll || document.onscroll ||
                 window.onwheel || document.onwheel || window.frames.length > 0;
  if (!reacts) {
    const lazy = [...document.querySelectorAll('img[loading=lazy], iframe[loading=lazy]')]
      .map(e => e.getBoundingClientRect().top + window.scrollY).filter(t => t > window.innerHeight)
      .sort((a, b) => a - b);
    let y = 0, shown = 0;
    for (const top of lazy) {
      if (performance.now() - t0 > budgetMs || top > maxHeight) break;
      if (top < y + window.innerHeight) continue;     // already in view with the previous one
      y = Math.max(0, top - 100);
      window.scrollTo(0, y);
      shown++;
      await frame(); await frame();
    }
    return {reason: 'targeted', startHeight, endHeight: H(), y, grew: 0, lazy: lazy.length, shown,
            ms: Math.round(performance.now() - t0)};
  }
  let y = 0, maxSeen = startHeight, grew = 0, reason = 'bottom', waits = 0;
  while (true) {
    const h = H();
    if (h > maxSeen) { grew++; maxSeen = h; }
    if (performance.now() - t0 > budgetMs) { reason = 'time'; break; }
    if (y >= maxHeight) { reason = 'max_height'; break; }
    if (y + window.innerHeight >= h - 2) {
      if (waits >= 1) break;                 // at the bottom and it stays put
      waits++; await sleep(150); await frame(); await frame();
      continue;
    }
    waits = 0;
    y = Math.min(y + step, Math.max(0, h - window.innerHeight));
    window.scrollTo(0, y);
    await frame(); await frame();
  }
  return {reason, startHeight, endHeight: H(), y, grew, ms: Math.round(performance.now() - t0)};
}
"""

WAIT_IMAGES = """
async (ms) => {
  const pending = [...document.images].filter(i => !i.complete && (i.currentSrc || i.src));
  if (!pending.length) return 0;
  const later = (window.__ekQuietState && window.__ekQuietState.timeout) || window.setTimeout;
  await Promise.race([
    Promise.all(pending.map(i => new Promise(r => { i.addEventListener('load', r, {once: true});
                                                  i.addEventListener('error', r, {once: true}); }))),
    new Promise(r => later(r, ms))]);
  return pending.filter(i => !i.complete).length;
}
"""

TO_TOP = """
async () => {
  window.scrollTo(0, 0);
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  return Math.max(document.documentElement ? document.documentElement.scrollHeight : 0,
                  document.body ? document.body.scrollHeight : 0);
}
"""

SIZE = """
() => ({width: Math.max(document.documentElement ? document.documentElement.scrollWidth : 0, window.innerWidth),
        height: Math.max(document.documentElement ? document.documentElement.scrollHeight : 0,
                         document.body ? document.body.scrollHeight : 0, window.innerHeight)})
"""

TEXT = "() => document.body ? document.body.innerText : (document.documentElement ? document.documentElement.innerText || '' : '')"

# Overlays: fixed/sticky elements covering much of the window. "Clearly a consent banner" means: a
# known consent-platform container (without login fields), or words that name cookies or consent to
# them together with an accept-type button (a plain "OK" counts only beside those words), and
# nothing of a login wall or a content warning (log in, password, sensitive, violence, 18+...).
# Anything else that covers the page (a login wall, a content warning, a newsletter box) is only
# reported.
OVERLAYS = r"""
({remove}) => {
  const vw = window.innerWidth, vh = window.innerHeight;
  const KNOWN = /(onetrust|cookiebot|didomi|qc-cmp|usercentrics|truste|trustarc|sp_message_container|fc-consent|cookie-?law|cookie-?consent|cookie-?banner|cookie-?notice|cc-window|cmp-container|gdpr|consent-banner|consent-modal)/i;
  // words that name cookies or consent to them ("privacy" alone is not enough: a content warning or
  // a login wall speaks of privacy too)
  const WORDS = /(cookie|куки|consent to|gdpr|согласие на (обработку|использование)|файлы cookie|файлҳои cookie|розигӣ ба)/i;
  const ACCEPT = /^(accept|accept all|accept cookies|allow all|allow|allow all cookies|agree|i agree|принять|принять все|согласен|согласна|разрешить|қабул|қабул кардан|розӣ|розиям|alle akzeptieren|tout accepter)\b/i;
  const OK = /^(ok|okay|got it|ок|понятно|хорошо|хуб|фаҳмо|фаҳмидам)\b/i;    // only beside cookie words
  // never a consent banner, whatever else it says: a login wall, or a warning about what the post shows
  const NEVER = /(\blog ?in\b|\bsign ?(in|up)\b|password|войти|вход в|пароль|регистрац|ворид шав|парол|sensitive|graphic|violen|disturbing|nudity|\b18\+|adults only|age[- ]restricted|verify your age|content warning|деликатн|шокирующ|насили|откровенн|ҳассос|зӯровар)/i;
  const cover = r => Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0)) *
                     Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
  // what covers the window: the outermost fixed/sticky element under a grid of points
  const hits = new Set();
  for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9]) for (const fy of [0.05, 0.3, 0.5, 0.7, 0.95]) {
    for (const el of document.elementsFromPoint(fx * vw, fy * vh)) {
      let top = null;
      for (let e = el; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
        const p = getComputedStyle(e).position;
        if (p === 'fixed' || p === 'sticky') top = e;
      }
      if (top) hits.add(top);
    }
  }
  const found = [];
  for (const el of hits) {
    if ([...hits].some(o => o !== el && o.contains(el))) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || parseFloat(cs.opacity) === 0) continue;
    const r = el.getBoundingClientRect();
    const area = cover(r);
    const banner = r.width >= 0.8 * vw && r.height >= 80;
    if (area < 0.12 * vw * vh && !banner) continue;
    const text = (el.innerText || '').replace(/\s+/g, ' ').trim();
    const ident = (el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : '');
    const buttons = [...el.querySelectorAll('button, a, [role=button], input[type=button], input[type=submit]')]
      .map(b => (b.innerText || b.value || '').trim().toLowerCase());
    const fields = el.querySelector('input[type=password], input[type=email], input[name*=user i], input[autocomplete=username]');
    const known = KNOWN.test(ident) && !fields;
    const words = WORDS.test(text.slice(0, 3000));
    const accept = buttons.some(b => ACCEPT.test(b) || (words && OK.test(b)));
    const never = !!fields || NEVER.test(text.slice(0, 3000));
    const consent = known || (words && accept && !never);
    if (area < 0.12 * vw * vh && !consent) continue;       // a small full-width bar that is not consent
    found.push({el, consent, known, never, text: text.slice(0, 300), ident: ident.trim().slice(0, 120),
                tag: el.tagName.toLowerCase(), coverage: Math.round(100 * area / (vw * vh))});
  }
  const out = {overlays: [], unlocked: false};
  for (const f of found) {
    const o = {consent: f.consent, text: f.text, ident: f.ident, tag: f.tag, coverage: f.coverage,
               why: f.known ? 'known consent container' : (f.consent ? 'cookie/consent words and an accept button'
                    : (f.never ? 'a login or content warning, never removed' : 'not a consent banner'))};
    if (remove && f.consent) { f.el.remove(); o.removed = true; } else { o.removed = false; }
    out.overlays.push(o);
  }
  if (remove && out.overlays.some(o => o.removed)) {
    for (const el of [document.documentElement, document.body]) {
      if (el && getComputedStyle(el).overflowY === 'hidden') { el.style.setProperty('overflow', 'auto', 'important'); out.unlocked = true; }
    }
  }
  return out;
}
"""

# Installed before the page's own scripts (in the page, not changing what it shows): notes the
# page's short timers and DOM changes, so the capture can wait for text a script writes a moment
# after loading instead of guessing a fixed delay.
QUIET_INIT = r"""
(() => {
  if (window.__ekQuietState) return;
  const st = window.setTimeout.bind(window), ct = window.clearTimeout.bind(window);
  const pending = new Map();
  const state = {pending, lastMutation: performance.now(), observers: 0, scrollListeners: 0, timeout: st};
  Object.defineProperty(window, '__ekQuietState', {value: state, enumerable: false});
  window.setTimeout = function (fn, delay, ...args) {
    const d = Number(delay) || 0;
    if (typeof fn !== 'function' || d < 50 || d > 4000) return st(fn, delay, ...args);
    let id;
    id = st(function () { pending.delete(id); return fn.apply(this, arguments); }, d, ...args);
    pending.set(id, performance.now() + d);
    return id;
  };
  window.clearTimeout = function (id) { pending.delete(id); return ct(id); };
  // whether anything on the page can react to scrolling (see SCROLL)
  const IO = window.IntersectionObserver;
  if (IO) {
    window.IntersectionObserver = new Proxy(IO, {construct(t, args, nt) { state.observers++;
                                                                         return Reflect.construct(t, args, nt); }});
  }
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    if ((type === 'scroll' || type === 'wheel' || type === 'touchmove') &&
        (this === window || this === document || this === document.documentElement || this === document.body))
      state.scrollListeners++;
    return add.call(this, type, fn, opts);
  };
  const watch = () => new MutationObserver(() => { state.lastMutation = performance.now(); })
    .observe(document, {subtree: true, childList: true, characterData: true});
  watch();
})();
"""

# Installed before the page's own scripts, in every frame of every page of a capture (Playwright runs
# a context's init scripts in each new document: frames of any site, srcdoc and about:blank frames,
# pop-ups): WebRTC is taken away. A page's RTCPeerConnection would send STUN packets over UDP
# straight from this computer (a proxy carries no UDP, and Chromium's WebRTC IP-handling switch
# does nothing in the headless browser), showing the site her real address. A capture never needs
# WebRTC (calls, peer-to-peer transfers), so it is gone whether or not there is a proxy: every RTC*
# interface (RTCPeerConnection, webkitRTCPeerConnection, RTCDataChannel, RTCSessionDescription,
# RTCIceCandidate...) is removed from the window, and getUserMedia (camera, microphone) with them.
# Workers are not offered WebRTC by Chromium.
WEBRTC_OFF = r"""
(() => {
  for (const name of Object.getOwnPropertyNames(window)) {
    if (/^(webkit|moz)?RTC/.test(name)) { try { delete window[name]; } catch (e) {} }
  }
  const MD = window.MediaDevices && window.MediaDevices.prototype;
  if (MD) { try { delete MD.getUserMedia; } catch (e) {} }
  const NP = window.Navigator && window.Navigator.prototype;
  for (const name of ['getUserMedia', 'webkitGetUserMedia', 'mozGetUserMedia']) {
    if (NP) { try { delete NP[name]; } catch (e) {} }
  }
})();
"""

QUIET_STATE = """
(horizon) => {
  const s = window.__ekQuietState;
  if (!s) return {timers: 0, sinceMutation: 1e9};
  const now = performance.now();
  let timers = 0;
  for (const due of s.pending.values()) if (due > now - 50 && due <= horizon) timers++;
  return {timers, sinceMutation: now - s.lastMutation, now};
}
"""

MEDIA_ELEMENTS = """
() => {
  const out = [];
  for (const m of document.querySelectorAll('video, audio')) {
    const srcs = new Set();
    if (m.currentSrc) srcs.add(m.currentSrc);
    if (m.getAttribute('src')) srcs.add(new URL(m.getAttribute('src'), document.baseURI).href);
    for (const s of m.querySelectorAll('source[src]')) srcs.add(new URL(s.getAttribute('src'), document.baseURI).href);
    out.push({kind: m.tagName.toLowerCase(), srcs: [...srcs], poster: m.poster || null});
  }
  return out;
}
"""

PAGE_FACTS = """
() => {
  const meta = n => { const m = document.querySelector(`meta[property="${n}"], meta[name="${n}"]`);
                      return m ? (m.getAttribute('content') || '').slice(0, 500) : null; };
  const canon = document.querySelector('link[rel=canonical]');
  const facts = {
    canonical_url: canon ? canon.href : null,
    og_title: meta('og:title'), og_description: meta('og:description'), og_url: meta('og:url'),
    og_type: meta('og:type'), og_site_name: meta('og:site_name'), author: meta('author'),
    published_time: meta('article:published_time'), lang: document.documentElement.lang || null,
  };
  const tg = [...document.querySelectorAll('.tgme_widget_message[data-post]')].slice(0, 1000);
  if (tg.length) {
    facts.telegram_channel = (document.querySelector('.tgme_channel_info_header_username') || {}).innerText || null;
    facts.telegram_messages = tg.map(m => {
      const t = m.querySelector('time[datetime]');
      const a = m.querySelector('.tgme_widget_message_owner_name, .tgme_widget_message_author');
      return {post: m.getAttribute('data-post'), date: t ? t.getAttribute('datetime') : null,
              author: a ? a.innerText.trim().slice(0, 200) : null};
    });
  }
  return facts;
}
"""
