// Embeds Hybrid Builder with a preset, locked cloud and sizes the frame from its height messages.
// `?builder=URL` points at a builder hosted elsewhere; by default it is the one next to this page.
(function () {
  'use strict';
  var frame = document.getElementById('hybrid-builder');
  var builder = new URL(new URLSearchParams(location.search).get('builder') || 'index.html', location.href);
  // This page is light only: the frame takes its colours, not the reader's system setting.
  builder.hash = 'v=1&embed&theme=light&lock=cloud&cloud=gcc-high';
  frame.src = builder.href;

  window.addEventListener('message', function (event) {
    // Accept only the builder's own message, from the frame we created, from its origin.
    if (event.source !== frame.contentWindow || event.origin !== builder.origin) return;
    var data = event.data;
    if (!data || data.type !== 'hybrid-builder:resize' || typeof data.height !== 'number') return;
    if (!isFinite(data.height) || data.height <= 0) return;
    frame.style.height = Math.min(Math.ceil(data.height), 20000) + 'px';
  });
})();
