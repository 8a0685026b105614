// The live page's player, made to look like TV: hls.js where the browser has Media Source Extensions, the browser's
// own HLS otherwise (Safari). No seek bar over the rolling window: our own buttons (play, sound, volume, full screen),
// « EN DIRECT » while at the live edge, « Revenir au direct » when behind it, « Reprendre depuis le début » (the
// site's start-over playlist, data-reprise, played in the same hls.js instance from its start, with a position slider
// then). While the channel is off air the manifest is missing: say so, and try again every few seconds.
// A child's address is short-lived (data-renouvellement): the player asks the site for a new one every minute and
// sends every later request under it; the site answers 423 once the child's screen time is over, and the pause page
// opens (/js/pause.js).
// The channel links above the player load the other channel into the same video element (history.pushState), and
// the programme under it is read again at each slot change (/direct/{channel}/programme).
(function () {
  'use strict';

  var RETRY_DELAY_MS = 5000;
  // Live sync tuned for glass-to-glass latency (deploy/bench/glass-to-glass.sh, web-frontend README "Live latency"):
  // 2.5 s behind the newest segment's end instead of hls.js's default 3 segments (6 s), caught up by playing up to
  // 10 % faster when a little behind, and sent back to it beyond 7 s (a start that lands 8 s behind stays there
  // otherwise: measured). Behind on purpose is what the start-over playlist is for.
  var LIVE_SYNC = { liveSyncDuration: 2.5, liveMaxLatencyDuration: 7, maxLiveSyncPlaybackRate: 1.1 };
  // The start-over playlist: the same live edge for « Revenir au direct », but a viewer far behind it on purpose is
  // neither sent back to it (hls.js would, beyond liveMaxLatencyDuration) nor sped up.
  var START_OVER_SYNC = { liveSyncDuration: 2.5, maxLiveSyncPlaybackRate: 1 };
  var RENEW_EVERY_MS = 60000;
  var STALL_NOTICE_MS = 6000;
  var PROGRAMME_EVERY_MS = 60000;
  var MESSAGES = {
    waiting: 'Le direct va bientôt commencer…',
    ready: 'Le direct a commencé : appuyez sur lecture pour le regarder.',
    playing: 'Vous regardez le direct.',
    behind: 'Vous regardez le direct en différé.',
    fromStart: 'Vous regardez le programme depuis son début.',
    noStart: 'La reprise depuis le début n\'est pas disponible pour le moment : vous regardez le direct.',
    stalled: 'La lecture est interrompue : le direct reprend dès que possible…',
    failed: 'Le direct ne peut pas être lu pour le moment. Nous réessayons dans quelques secondes.',
    unsupported: 'Votre navigateur ne sait pas lire ce direct. Essayez avec un navigateur plus récent.'
  };

  var video = document.getElementById('lecteur-direct');
  var status = document.getElementById('statut-direct');
  if (!video || !status) {
    return;
  }
  var frame = document.getElementById('lecteur-tele');
  var controls = document.getElementById('commandes-direct');
  var badge = document.getElementById('badge-direct');
  var playButton = document.getElementById('bouton-lecture');
  var muteButton = document.getElementById('bouton-son');
  var volume = document.getElementById('volume-direct');
  var backToLive = document.getElementById('bouton-revenir-direct');
  var fullScreen = document.getElementById('bouton-plein-ecran');
  var fromStart = document.getElementById('bouton-reprise');
  var position = document.getElementById('position-reprise');

  var channel = video.getAttribute('data-chaine');
  var manifestUrl = video.getAttribute('data-manifest');
  var renewalUrl = video.getAttribute('data-renouvellement');
  var useHlsJs = !!(window.Hls && Hls.isSupported());
  // The signed part of the address the player started with, and of the latest one: requests go under the latest.
  var startedUnder = signedPart(manifestUrl);
  var signedUnder = startedUnder;
  var hls = null;
  var watchingFromStart = false;
  var segmentSeconds = 2;
  var retryTimer = null;
  var stallTimer = null;
  var programmeTimer = null;
  var resumeWhenBack = false;
  // A message that must outlast the next « playing » event (the start-over could not be had), until the viewer acts.
  var notice = null;

  // Only real changes reach the live region, so screen readers do not hear the same sentence at each retry.
  function say(message) {
    if (status.textContent !== message) {
      status.textContent = message;
    }
  }

  function signedPart(url) {
    return url.substring(0, url.lastIndexOf('/') + 1);
  }

  // Call before the source is detached: a viewer who was watching, or pressed play while waiting, keeps watching
  // when the stream comes back, without pressing play again.
  function streamLost(start, message) {
    resumeWhenBack = resumeWhenBack || !video.paused || video.ended;
    say(message || MESSAGES.waiting);
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
      say(video.paused ? MESSAGES.ready : playingMessage());
    }
  }

  function playingMessage() {
    if (notice) {
      return notice;
    }
    return watchingFromStart ? MESSAGES.fromStart : (secondsBehind() > 2 * segmentSeconds ? MESSAGES.behind
      : MESSAGES.playing);
  }

  // --- Addresses: a child's renewal, and the address of another channel when the viewer switches. ---

  function addressOf(slug) {
    var url = (renewalUrl || '/direct/adresse') + '?chaine=' + encodeURIComponent(slug);
    return fetch(url, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (window.pitchounPause && window.pitchounPause.ifLocked(response, video)) {
          return null;
        }
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
  }

  function renew() {
    addressOf(channel).then(function (answer) {
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

  // --- Playback ---

  // Plays the live (startAt undefined: at the live edge) or the start-over playlist from its start (startAt 0).
  function startWithHlsJs(url, startAt) {
    clearTimeout(retryTimer);
    if (hls) {
      hls.destroy();
    }
    startedUnder = signedPart(manifestUrl);
    var config = Object.assign({}, startAt === undefined ? LIVE_SYNC : START_OVER_SYNC,
      { startPosition: startAt === undefined ? -1 : startAt });
    if (renewalUrl) {
      config.xhrSetup = underLatestAddress;
    }
    hls = new Hls(config);
    var mediaRecoveries = 0;
    hls.on(Hls.Events.MANIFEST_PARSED, streamReady);
    hls.on(Hls.Events.LEVEL_LOADED, function (event, data) {
      segmentSeconds = data.details.targetduration || segmentSeconds;
    });
    hls.on(Hls.Events.ERROR, function (event, data) {
      if (!data.fatal) {
        if (data.details === Hls.ErrorDetails.BUFFER_STALLED_ERROR) {
          say(MESSAGES.stalled);
        }
        return;
      }
      var code = data.response && data.response.code;
      if (code === 423 && window.pitchounPause) {
        window.pitchounPause.open(video);
      } else if (watchingFromStart) {
        // No start-over playlist (not served, or refused): the live again, and say why.
        watchingFromStart = false;
        playLive();
        notice = MESSAGES.noStart;
        say(notice);
      } else if (data.type === Hls.ErrorTypes.MEDIA_ERROR && mediaRecoveries === 0) {
        // One recovery per playback: a media error that comes back is not worth looping on.
        mediaRecoveries += 1;
        hls.recoverMediaError();
      } else {
        // Manifest missing (not on air yet): waiting; playlist gone or any other fatal error: said, and retried.
        var offAir = data.details === Hls.ErrorDetails.MANIFEST_LOAD_ERROR && (code === 404 || code === 403);
        streamLost(playLive, offAir ? MESSAGES.waiting : MESSAGES.failed);
        hls.destroy();
        hls = null;
      }
    });
    hls.loadSource(url);
    hls.attachMedia(video);
  }

  function startNatively(url, startAt) {
    clearTimeout(retryTimer);
    fetch(url, { cache: 'no-store', credentials: 'same-origin' }).then(function (response) {
      if (window.pitchounPause && window.pitchounPause.ifLocked(response, video)) {
        return;
      }
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      video.src = url;
      if (startAt === 0) {
        video.addEventListener('loadedmetadata', function () {
          if (video.seekable.length) {
            video.currentTime = video.seekable.start(0);
          }
        }, { once: true });
      }
      streamReady();
    }).catch(function () {
      if (watchingFromStart) {
        watchingFromStart = false;
        playLive();
        notice = MESSAGES.noStart;
        say(notice);
      } else {
        streamLost(playLive);
      }
    });
  }

  function play(url, startAt) {
    notice = null;
    if (useHlsJs) {
      startWithHlsJs(url, startAt);
    } else {
      startNatively(url, startAt);
    }
    showPlayerState();
  }

  function playLive() {
    watchingFromStart = false;
    play(manifestUrl);
  }

  function stopNatively() {
    streamLost(playLive);
    video.removeAttribute('src');
    video.load();
  }

  // --- Where the viewer is: at the live edge or behind it ---

  function liveEdge() {
    if (hls && typeof hls.liveSyncPosition === 'number' && isFinite(hls.liveSyncPosition)) {
      return hls.liveSyncPosition;
    }
    if (video.seekable.length) {
      return video.seekable.end(video.seekable.length - 1) - 3 * segmentSeconds;
    }
    return null;
  }

  function secondsBehind() {
    var edge = liveEdge();
    return edge === null ? 0 : Math.max(0, edge - video.currentTime);
  }

  function showPlayerState() {
    var behind = secondsBehind() > 2 * segmentSeconds;
    var started = video.readyState > 0 && !video.ended;
    badge.hidden = !started || video.paused || behind;
    backToLive.hidden = !started || !behind;
    playButton.textContent = video.paused ? 'Lecture' : 'Pause';
    muteButton.textContent = video.muted || video.volume === 0 ? 'Remettre le son' : 'Couper le son';
    fromStart.hidden = !video.getAttribute('data-reprise');
    if (position) {
      showPosition();
    }
  }

  // The position slider, only while watching from the start: seeking within the programme.
  function showPosition() {
    var seekable = video.seekable;
    position.parentNode.hidden = !watchingFromStart || !seekable.length;
    if (!position.parentNode.hidden && document.activeElement !== position) {
      position.min = Math.floor(seekable.start(0));
      position.max = Math.floor(seekable.end(seekable.length - 1));
      position.value = Math.floor(video.currentTime);
      position.setAttribute('aria-valuetext', minutes(video.currentTime - seekable.start(0)) + ' depuis le début');
    }
  }

  function minutes(seconds) {
    return Math.max(0, Math.floor(seconds / 60)) + ' min';
  }

  // --- Controls ---

  function wireControls() {
    // Our controls replace the browser's (which show a seek bar over the live window); without script they stay.
    video.controls = false;
    controls.hidden = false;
    playButton.addEventListener('click', function () {
      if (video.paused) {
        video.play().catch(function () {
          say(MESSAGES.ready);
        });
      } else {
        video.pause();
      }
    });
    muteButton.addEventListener('click', function () {
      if (video.muted || video.volume === 0) {
        video.muted = false;
        if (video.volume === 0) {
          video.volume = 1;
          volume.value = 1;
        }
      } else {
        video.muted = true;
      }
    });
    volume.addEventListener('input', function () {
      video.volume = Number(volume.value);
      video.muted = video.volume === 0;
      showPlayerState();
    });
    backToLive.addEventListener('click', function () {
      if (watchingFromStart) {
        resumeWhenBack = !video.paused;
        playLive();
      } else if (liveEdge() !== null) {
        video.currentTime = liveEdge();
        video.play().catch(function () { /* the viewer presses play */ });
      }
    });
    fromStart.addEventListener('click', function () {
      resumeWhenBack = true;
      watchingFromStart = true;
      play(video.getAttribute('data-reprise'), 0);
      say(MESSAGES.fromStart);
    });
    if (position) {
      position.addEventListener('change', function () {
        video.currentTime = Number(position.value);
      });
    }
    if (frame.requestFullscreen) {
      fullScreen.addEventListener('click', function () {
        if (document.fullscreenElement) {
          document.exitFullscreen();
        } else {
          frame.requestFullscreen();
        }
      });
      document.addEventListener('fullscreenchange', function () {
        fullScreen.textContent = document.fullscreenElement ? 'Quitter le plein écran' : 'Plein écran';
      });
    } else {
      fullScreen.hidden = true;
    }
    ['play', 'pause', 'timeupdate', 'volumechange', 'loadedmetadata', 'emptied'].forEach(function (name) {
      video.addEventListener(name, showPlayerState);
    });
  }

  // A stall (the video waits for data) is said after a few seconds, and cleared as soon as it plays again.
  function watchStalls() {
    video.addEventListener('waiting', function () {
      clearTimeout(stallTimer);
      stallTimer = setTimeout(function () {
        say(MESSAGES.stalled);
      }, STALL_NOTICE_MS);
    });
    video.addEventListener('playing', function () {
      clearTimeout(stallTimer);
      say(playingMessage());
    });
    video.addEventListener('pause', function () {
      clearTimeout(stallTimer);
    });
  }

  // --- The programme under the player, and switching channel ---

  function programmeBlock() {
    return document.getElementById('programme-chaine');
  }

  function refreshProgramme() {
    clearTimeout(programmeTimer);
    var shownFor = channel;
    fetch('/direct/' + encodeURIComponent(channel) + '/programme', { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        return response.ok ? response.text() : null;
      }).then(function (html) {
        var block = programmeBlock();
        if (html && block && shownFor === channel) {
          block.outerHTML = html;
        }
      }).catch(function () { /* the schedule shown stays; the next refresh tries again */ })
      .then(scheduleProgrammeRefresh);
  }

  // At the next slot change (a little after), and every minute anyway for the progress bar and the channel's state.
  function scheduleProgrammeRefresh() {
    clearTimeout(programmeTimer);
    var block = programmeBlock();
    var change = block && Date.parse(block.getAttribute('data-changement'));
    var wait = PROGRAMME_EVERY_MS;
    if (change && !isNaN(change)) {
      wait = Math.min(wait, Math.max(2000, change - Date.now() + 1500));
    }
    programmeTimer = setTimeout(refreshProgramme, wait);
  }

  function showChannel(link) {
    var links = document.querySelectorAll('#choix-chaine a[data-chaine]');
    Array.prototype.forEach.call(links, function (other) {
      if (other === link) {
        other.setAttribute('aria-current', 'page');
      } else {
        other.removeAttribute('aria-current');
      }
    });
    var name = link.getAttribute('data-nom');
    document.getElementById('nom-chaine').textContent = name;
    document.title = 'Direct : ' + name + ' · Pitchoun';
  }

  function switchTo(link, pushed) {
    var slug = link.getAttribute('data-chaine');
    if (slug === channel) {
      return Promise.resolve();
    }
    return addressOf(slug).then(function (answer) {
      if (!answer || !answer.manifestUrl) {
        return;
      }
      var wasPlaying = !video.paused;
      channel = slug;
      manifestUrl = answer.manifestUrl;
      signedUnder = signedPart(manifestUrl);
      video.setAttribute('data-chaine', slug);
      video.setAttribute('data-manifest', manifestUrl);
      if (video.getAttribute('data-reprise')) {
        video.setAttribute('data-reprise', '/direct/' + slug + '/reprise.m3u8');
      }
      showChannel(link);
      if (pushed) {
        history.pushState({ chaine: slug }, '', link.getAttribute('href'));
      }
      resumeWhenBack = wasPlaying;
      say(MESSAGES.waiting);
      playLive();
      refreshProgramme();
    });
  }

  function wireChannelLinks() {
    // A child's played time is reported per channel (data-apprentissage): a child's page changes channel by a new
    // page, so that every report names the channel it was played on.
    if (video.hasAttribute('data-apprentissage') || !window.history || !history.pushState) {
      return;
    }
    var nav = document.getElementById('choix-chaine');
    if (!nav) {
      return;
    }
    history.replaceState({ chaine: channel }, '', window.location.href);
    nav.addEventListener('click', function (event) {
      var link = event.target.closest('a[data-chaine]');
      if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return;
      }
      event.preventDefault();
      switchTo(link, true).catch(function () {
        // The site did not give the other channel's address: the plain link still leads there.
        window.location.assign(link.href);
      });
    });
    window.addEventListener('popstate', function (event) {
      var slug = event.state && event.state.chaine;
      var link = slug && nav.querySelector('a[data-chaine="' + slug + '"]');
      if (link) {
        switchTo(link, false).catch(function () {
          window.location.reload();
        });
      }
    });
  }

  if (renewalUrl && window.fetch) {
    setInterval(renew, RENEW_EVERY_MS);
  }
  if (!useHlsJs && !video.canPlayType('application/vnd.apple.mpegurl')) {
    say(MESSAGES.unsupported);
    return;
  }
  wireControls();
  watchStalls();
  if (useHlsJs) {
    video.onended = function () {
      streamLost(playLive);
    };
  } else {
    video.addEventListener('error', stopNatively);
    video.onended = stopNatively;
  }
  if (window.fetch) {
    wireChannelLinks();
    scheduleProgrammeRefresh();
  }
  playLive();
}());
