// Embeds Hybrid Builder in this runbook: each `<iframe class="hybrid-builder" data-builder="URL">`
// gets its source with the page's theme added (`&theme=light|dark`, from the colour the page is
// painted with, so it works with any mdBook theme), and takes the height the builder reports.
// The builder sends one message, `{ type: "hybrid-builder:resize", height }`, and reads none.
(function () {
  'use strict';

  // Light or dark, as the reader sees the page now: the luminance of its background colour.
  function pageTheme() {
    var colour = getComputedStyle(document.body).backgroundColor;
    if (/rgba\(.*,\s*0\)$/.test(colour) || colour === 'transparent') {
      colour = getComputedStyle(document.documentElement).backgroundColor;
    }
    var rgb = (colour.match(/[\d.]+/g) || ['255', '255', '255']).slice(0, 3).map(Number);
    var luminance = (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;
    return luminance < 0.5 ? 'dark' : 'light';
  }

  var frames = Array.prototype.slice.call(document.querySelectorAll('iframe.hybrid-builder[data-builder]'));
  frames.forEach(function (frame) {
    var url = new URL(frame.getAttribute('data-builder'), location.href);
    url.hash += '&theme=' + pageTheme();
    frame.dataset.origin = url.origin;
    frame.src = url.href;
  });

  window.addEventListener('message', function (event) {
    frames.forEach(function (frame) {
      // Only the builder's own message, from this frame, from the builder's origin.
      if (event.source !== frame.contentWindow || event.origin !== frame.dataset.origin) return;
      var data = event.data;
      if (!data || data.type !== 'hybrid-builder:resize' || typeof data.height !== 'number') return;
      if (!isFinite(data.height) || data.height <= 0) return;
      frame.style.height = Math.min(Math.ceil(data.height), 20000) + 'px';
    });
  });
})();
