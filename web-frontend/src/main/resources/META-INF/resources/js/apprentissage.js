// What a child really plays, for the parents' learning view: every <video>/<audio> with data-apprentissage (the
// replay, podcast and live players, only while a child profile watches) reports the time actually played (media
// time while playing; seeks and pauses do not count), every 30 s of playing, at pause, at the end and when the page
// is left, and once that 90 % of it was reached. Each report has its own id, so a resent beacon counts once.
(function () {
  'use strict';

  var REPORT_EVERY_S = 30;
  var LONGEST_STEP_S = 2;

  function newId() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-'
      + hex.slice(20);
  }

  function track(media) {
    var url = media.getAttribute('data-apprentissage');
    var item = {
      kind: media.getAttribute('data-element'),
      first: media.getAttribute('data-premier'),
      second: media.getAttribute('data-second') || null
    };
    var played = 0;
    var last = null;
    var completed = false;

    function step() {
      var now = media.currentTime;
      if (!media.paused && !media.seeking && last !== null) {
        var delta = now - last;
        if (delta > 0 && delta <= LONGEST_STEP_S) {
          played += delta;
        }
      }
      last = now;
    }

    function send(finished) {
      var seconds = Math.floor(played * 10) / 10;
      if ((seconds <= 0 && !finished) || !navigator.sendBeacon) {
        return;
      }
      played = 0;
      navigator.sendBeacon(url, JSON.stringify({
        statementId: newId(), kind: item.kind, first: item.first, second: item.second,
        playedSeconds: seconds, completed: finished
      }));
    }

    media.addEventListener('timeupdate', function () {
      step();
      if (!completed && isFinite(media.duration) && media.duration > 0
          && media.currentTime >= 0.9 * media.duration) {
        completed = true;
        send(true);
      } else if (played >= REPORT_EVERY_S) {
        send(false);
      }
    });
    media.addEventListener('seeked', function () {
      last = media.currentTime;
    });
    media.addEventListener('playing', function () {
      last = media.currentTime;
    });
    media.addEventListener('pause', function () {
      step();
      send(false);
    });
    window.addEventListener('pagehide', function () {
      step();
      send(false);
    });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') {
        step();
        send(false);
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('video[data-apprentissage], audio[data-apprentissage]'),
    track);
}());
