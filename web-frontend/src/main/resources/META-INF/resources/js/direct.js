// The live page's player: hls.js where the browser has Media Source Extensions, the browser's own HLS otherwise
// (Safari). While the channel is off air the manifest is missing: say so, and try again every few seconds.
// A child's address is short-lived (data-renouvellement): the player asks the site for a new one every minute and
// sends every later request under it; the site answers 423 once the child's screen time is over, and the pause page
// opens (/js/pause.js).
(function () {
  'use strict';

  var RETRY_DELAY_MS = 5000;
  // Live sync tuned for glass-to-glass latency (deploy/bench/glass-to-glass.sh, README "Live latency"): 2.5 s behind
  // the newest segment's end instead of hls.js's default 3 segments (6 s), caught up by playing up to 10 % faster
  // when the viewer drifts behind, and back to the edge beyond 7 s.
  var LIVE_SYNC = { liveSyncDuration: 2.5, liveMaxLatencyDuration: 7, maxLiveSyncPlaybackRate: 1.1 };
  var MESSAGES = {
    waiting: 'Le direct va bientôt commencer…',
    ready: 'Le direct a commencé : appuyez sur lecture pour le regarder.',
    playing: 'Vous regardez le direct.',
    unsupported: 'Votre navigateur ne sait pas lire ce direct. Essayez avec un navigateur plus récent.'
  };

  var video = document.getElementById('lecteur-direct');
  var status = document.getElementById('statut-direct');
  if (!video || !status) {
    return;
  }
  var manifestUrl = video.getAttribute('data-manifest');
  var renewalUrl = video.getAttribute('data-renouvellement');
  var RENEW_EVERY_MS = 60000;
  // The signed part of the address the player started with, and of the latest one: requests go under the latest.
  var startedUnder = signedPart(manifestUrl);
  var signedUnder = startedUnder;
  var retryTimer = null;
  var resumeWhenBack = false;

  // Only real changes reach the live region, so screen readers do not hear the same sentence at each retry.
  function say(message) {
    if (status.textContent !== message) {
      status.textContent = message;
    }
  }

  // Call before the source is detached: a viewer who was watching, or pressed play while waiting, keeps watching
  // when the stream comes back, without pressing play again.
  function streamLost(start) {
    resumeWhenBack = resumeWhenBack || !video.paused || video.ended;
    say(MESSAGES.waiting);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(start, RETRY_DELAY_MS);
  }

  function streamReady() {
    if (resumeWhenBack) {
      resumeWhenBack = false;
      video.play().catch(function () {
        say(MESSAGES.ready);
      });
    } else {
      say(video.paused ? MESSAGES.ready : MESSAGES.playing);
    }
  }

  function signedPart(url) {
    return url.substring(0, url.lastIndexOf('/') + 1);
  }

  function renew() {
    fetch(renewalUrl, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (window.pitchounPause && window.pitchounPause.ifLocked(response, video)) {
          return null;
        }
        return response.ok ? response.json() : null;
      }).then(function (answer) {
        if (answer && answer.manifestUrl) {
          manifestUrl = answer.manifestUrl;
          signedUnder = signedPart(manifestUrl);
        }
      }).catch(function () { /* the current address still lasts: the next renewal tries again */ });
  }

  function underLatestAddress(xhr, url) {
    if (startedUnder !== signedUnder && url.indexOf(startedUnder) === 0) {
      xhr.open('GET', signedUnder + url.substring(startedUnder.length), true);
    }
  }

  function startWithHlsJs() {
    startedUnder = signedPart(manifestUrl);
    var hls = new Hls(Object.assign({}, LIVE_SYNC, renewalUrl ? { xhrSetup: underLatestAddress } : {}));
    var mediaRecoveries = 0;
    var restart = function () {
      streamLost(startWithHlsJs);
      hls.destroy();
    };
    hls.on(Hls.Events.MANIFEST_PARSED, streamReady);
    hls.on(Hls.Events.ERROR, function (event, data) {
      if (!data.fatal) {
        return;
      }
      // One recovery per playback: a media error that comes back is not worth looping on.
      if (data.type === Hls.ErrorTypes.MEDIA_ERROR && mediaRecoveries === 0) {
        mediaRecoveries += 1;
        hls.recoverMediaError();
      } else {
        // Manifest missing (not on air yet), playlist gone (the broadcast stopped) or any other fatal error.
        restart();
      }
    });
    video.onended = restart;
    hls.loadSource(manifestUrl);
    hls.attachMedia(video);
  }

  function startNatively() {
    fetch(manifestUrl, { cache: 'no-store' }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      video.src = manifestUrl;
      streamReady();
    }).catch(function () {
      streamLost(startNatively);
    });
  }

  function stopNatively() {
    streamLost(startNatively);
    video.removeAttribute('src');
    video.load();
  }

  video.addEventListener('playing', function () {
    say(MESSAGES.playing);
  });

  if (renewalUrl && window.fetch) {
    setInterval(renew, RENEW_EVERY_MS);
  }
  if (window.Hls && Hls.isSupported()) {
    startWithHlsJs();
  } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
    video.addEventListener('error', stopNatively);
    video.onended = stopNatively;
    startNatively();
  } else {
    say(MESSAGES.unsupported);
  }
}());
