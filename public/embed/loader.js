/*! Embed loader for "How a fuel-price protest shook Kazakhstan". MIT License.
 * Shows each <iframe data-kz-embed> when it nears the viewport and sizes it from the height messages its
 * embed sends (pym.js v1, AMP embed-size, iframe.resize), taking a message only from that iframe's own window
 * and origin. An older snippet's address for one step goes to that step's own page. Without script, the
 * snippet's plain link and still image are all a reader sees. */
(function (w, d) {
  'use strict';
  if (w.kzEmbed) return w.kzEmbed.scan();
  var MAX = 100000;
  var frames = [];

  function valid(h) {
    h = Number(h);
    return h > 0 && h <= MAX ? Math.ceil(h) : 0;
  }

  // The height in a message, in any of the formats our embeds send; 0 for anything else.
  function heightOf(data) {
    if (typeof data === 'string') {
      var pym = data.split('xPYMx');
      if (pym.length === 4 && pym[0] === 'pym' && pym[2] === 'height') return valid(pym[3]);
      if (data.charAt(0) !== '{') return 0;
      try { data = JSON.parse(data); } catch (e) { return 0; }
    }
    if (!data || typeof data !== 'object') return 0;
    if ((data.sentinel === 'amp' && data.type === 'embed-size') || data.context === 'iframe.resize') return valid(data.height);
    return 0;
  }

  function originOf(url) {
    try { return new URL(url, d.baseURI).origin; } catch (e) { return ''; }
  }

  function onMessage(e) {
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (!e.source || e.source !== f.contentWindow) continue;
      var h = e.origin === originOf(f.src) && heightOf(e.data);
      if (h) f.style.height = h + 'px';
      return;
    }
  }

  function fallbackOf(f) {
    var next = f.nextElementSibling;
    return next && /(^| )kz-embed-fallback( |$)/.test(next.className) ? next : null;
  }

  // An older step's snippet named the step-through with ?step= (plain, theme), applied after the first paint by its
  // script. With nothing else in its query, it goes to the state's own page, which paints it from the start.
  function upgraded(src) {
    var u;
    try { u = new URL(src, d.baseURI); } catch (e) { return src; }
    var q = u.searchParams, other = false;
    q.forEach(function (v, k) { if (k !== 'step' && k !== 'plain' && k !== 'theme') other = true; });
    var step = (q.get('step') || '').trim().toLowerCase();
    if (other || u.hash || !/\/embed\/[a-z0-9-]+\/$/.test(u.pathname) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(step)) return src;
    var theme = (q.get('theme') || '').trim().toLowerCase();
    var fragment = [/^(1|true|yes|on)$/i.test((q.get('plain') || '').trim()) ? 'plain' : '', theme === 'light' || theme === 'dark' ? theme : ''];
    fragment = fragment.join('-').replace(/^-|-$/g, '');
    return u.origin + u.pathname + 'step/' + step + '/' + (fragment ? '#' + fragment : '');
  }

  function show(f) {
    var src = f.getAttribute('data-src') && upgraded(f.getAttribute('data-src'));
    var fallback = fallbackOf(f);
    if (src && !f.getAttribute('src')) f.src = src;
    // Start at the fallback's height so the page does not jump before the first height message.
    if (!f.style.height) f.style.height = ((fallback && fallback.offsetHeight) || 150) + 'px';
    f.hidden = false;
    f.style.display = 'block';
    // A keyboard reader on the fallback's link stays on the graphic: focus moves to the frame that replaces it.
    var hadFocus = fallback && fallback.contains(d.activeElement);
    if (fallback) fallback.hidden = true;
    if (hadFocus) f.focus();
  }

  function setup(f) {
    if (frames.indexOf(f) >= 0) return;
    frames.push(f);
    if (!f.title) f.title = f.getAttribute('data-title') || 'Embedded graphic';
    if (!f.style.width) f.style.width = '100%';
    if (f.getAttribute('src') || !('IntersectionObserver' in w)) return show(f);
    var io = new IntersectionObserver(function (entries) {
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].isIntersecting) { io.disconnect(); return show(f); }
      }
    }, { rootMargin: '600px 0px' });
    io.observe(fallbackOf(f) || f.parentNode);
  }

  function scan() {
    var list = d.querySelectorAll('iframe[data-kz-embed]');
    for (var i = 0; i < list.length; i++) setup(list[i]);
  }

  w.addEventListener('message', onMessage);
  w.kzEmbed = { scan: scan, heightOf: heightOf };
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', scan);
  scan();
})(window, document);
