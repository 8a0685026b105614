// The channel list of /direct: each channel's still (public, renewed every 10 s by transcode-worker) is read again
// every data-rafraichir seconds, without reloading the page. A still that does not load (no worker runs the
// channel) keeps its place and its text.
(function () {
  'use strict';

  var stills = document.querySelectorAll('img[data-rafraichir]');
  Array.prototype.forEach.call(stills, function (still) {
    var address = still.getAttribute('src');
    var every = Number(still.getAttribute('data-rafraichir')) * 1000;
    setInterval(function () {
      // A new query string each time: the still's address does not change, its picture does.
      still.src = address + '?t=' + Date.now();
    }, every);
  });
}());
