// The live page's player: hls.js where the browser has Media Source Extensions, the browser's own HLS otherwise
// (Safari). While the channel is off air the manifest is missing: say so, and try again every few seconds.
(function () {
  'use strict';

  var RETRY_DELAY_MS = 5000;
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

  function startWithHlsJs() {
    var hls = new Hls();
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
