// The editors' preview (served by ./portal serve, never part of a built site): the server pushes the number of each
// new build over server-sent events; a page of an older build reloads itself.
(function () {
  'use strict';
  var me = document.currentScript;
  var shown = me && me.getAttribute('data-build');
  if (!shown || !window.EventSource) return;
  var events = new EventSource('/__events');
  events.addEventListener('build', function (e) {
    if (e.data !== shown) {
      events.close();
      location.reload();
    }
  });
})();
