// An episode's player: hls.js where the browser has Media Source Extensions, the browser's own HLS otherwise
// (Safari). It starts where the viewer stopped (data-resume), plays only when asked (no autoplay), and reports the
// position to the site every 10 s and when the viewer pauses or leaves, so any browser resumes there. A report the site
// refuses with 423 means a child's screen time is over: the player stops and opens the pause page (/js/pause.js).
(function () {
  'use strict';

  var REPORT_EVERY_MS = 10000;
  var MESSAGES = {
    playing: 'Lecture en cours.',
    paused: 'En pause.',
    ended: 'Épisode terminé.',
    failed: 'Lecture momentanément indisponible. Revenez dans quelques instants !',
    unsupported: 'Votre navigateur ne sait pas lire cette vidéo. Essayez avec un navigateur plus récent.'
  };

  var video = document.getElementById('lecteur-replay');
  var status = document.getElementById('statut-lecture');
  var playButton = document.getElementById('bouton-lecture');
  var restartButton = document.getElementById('bouton-debut');
  if (!video || !status) {
    return;
  }
  var manifestUrl = video.getAttribute('data-manifest');
  var resumeAt = parseFloat(video.getAttribute('data-resume')) || 0;
  var progressUrl = video.getAttribute('data-progress');
  var videoId = video.getAttribute('data-video');
  var sessionId = video.getAttribute('data-session');
  var playLabel = playButton ? playButton.textContent : '';
  var lastReported = -1;
  var reportTimer = null;

  function say(message) {
    if (status.textContent !== message) {
      status.textContent = message;
    }
  }

  // While the page stays, a keepalive fetch, whose answer is read; when the page is left, a beacon, which survives
  // it. Either body goes as text/plain, which needs no preflight.
  function report(leaving) {
    if (!progressUrl || !navigator.sendBeacon) {
      return;
    }
    var position = Math.floor(video.currentTime * 10) / 10;
    if (position <= 0 || position === lastReported) {
      return;
    }
    lastReported = position;
    var body = JSON.stringify({ videoId: Number(videoId), sessionId: sessionId, positionSeconds: position });
    if (leaving === true || !window.fetch) {
      navigator.sendBeacon(progressUrl, body);
      return;
    }
    fetch(progressUrl, {
      method: 'POST', credentials: 'same-origin', keepalive: true,
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: body
    }).then(function (response) {
      if (window.pitchounPause) {
        window.pitchounPause.ifLocked(response, video);
      }
    }).catch(function () { /* the next report tries again */ });
  }

  function leave() {
    report(true);
  }

  function startWithHlsJs() {
    var hls = new Hls({ startPosition: resumeAt > 0 ? resumeAt : -1 });
    var mediaRecoveries = 0;
    hls.on(Hls.Events.ERROR, function (event, data) {
      if (!data.fatal) {
        return;
      }
      if (data.type === Hls.ErrorTypes.MEDIA_ERROR && mediaRecoveries === 0) {
        mediaRecoveries += 1;
        hls.recoverMediaError();
      } else {
        say(MESSAGES.failed);
        hls.destroy();
      }
    });
    hls.loadSource(manifestUrl);
    hls.attachMedia(video);
  }

  function startNatively() {
    video.src = manifestUrl;
    if (resumeAt > 0) {
      video.addEventListener('loadedmetadata', function () {
        video.currentTime = resumeAt;
      }, { once: true });
    }
  }

  video.addEventListener('playing', function () {
    say(MESSAGES.playing);
    if (playButton) {
      playButton.textContent = 'Mettre en pause';
    }
    clearInterval(reportTimer);
    reportTimer = setInterval(report, REPORT_EVERY_MS);
  });
  video.addEventListener('pause', function () {
    say(video.ended ? MESSAGES.ended : MESSAGES.paused);
    if (playButton) {
      playButton.textContent = playLabel;
    }
    clearInterval(reportTimer);
    report();
  });
  video.addEventListener('error', function () {
    say(MESSAGES.failed);
  });
  window.addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      leave();
    }
  });
  if (playButton) {
    playButton.addEventListener('click', function () {
      if (video.paused) {
        video.play().catch(function () {
          say(MESSAGES.failed);
        });
      } else {
        video.pause();
      }
    });
  }
  if (restartButton) {
    restartButton.addEventListener('click', function () {
      video.currentTime = 0;
      video.play().catch(function () {
        say(MESSAGES.failed);
      });
    });
  }

  if (window.Hls && Hls.isSupported()) {
    startWithHlsJs();
  } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
    startNatively();
  } else {
    say(MESSAGES.unsupported);
  }
}());
