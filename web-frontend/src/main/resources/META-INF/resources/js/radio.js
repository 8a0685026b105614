// The radios page: HLS streams play with hls.js on every browser that has Media Source Extensions (Safari's own HLS
// otherwise), MP3/AAC in the browser's <audio>. Nothing loads before the listener presses play (no autoplay). The
// « En ce moment » line follows the stream's own titles: the ID3 TIT2 frames an HLS stream carries (hls.js turns them
// into cues of a "metadata" text track, Safari does the same); for MP3/AAC, which a browser cannot read ICY titles
// from, the site's /radios/{slug}/en-ce-moment (asked while the radio plays). Back to the editor's text when the
// stream says nothing.
(function () {
  'use strict';

  var RETRY_AFTER_MS = 10000;
  var TITLE_EVERY_MS = 15000;
  var MESSAGES = {
    loading: 'Connexion à la radio…',
    playing: 'À l’écoute.',
    paused: 'En pause.',
    failed: 'Cette radio ne répond pas pour le moment. Réessayez dans quelques instants.',
    retrying: 'Cette radio ne répond pas pour le moment. Nous réessayons dans quelques instants.',
    unsupported: 'Votre navigateur ne sait pas lire ce flux : ouvrez-le dans votre lecteur audio avec le lien ci-dessous.'
  };

  function statusOf(audio) {
    return document.getElementById(audio.getAttribute('aria-describedby'));
  }

  function say(audio, message) {
    var status = statusOf(audio);
    if (status && status.textContent !== message) {
      status.textContent = message;
    }
  }

  // Written only when the title changes: the line is aria-live, and a screen reader reads each change once.
  function showTitle(article, title) {
    var line = article.querySelector('.en-ce-moment');
    var text = line && line.querySelector('.titre-en-cours');
    if (!text) {
      return;
    }
    var shown = title || text.getAttribute('data-texte-editeur') || '';
    if (text.textContent !== shown) {
      text.textContent = shown;
    }
    line.hidden = shown === '';
  }

  function titleOfCues(cues) {
    for (var i = cues ? cues.length - 1 : -1; i >= 0; i--) {
      var value = cues[i].value;
      if (value && value.key === 'TIT2' && value.data) {
        return String(value.data);
      }
    }
    return null;
  }

  function followId3Titles(audio, article) {
    function follow(track) {
      if (track.kind !== 'metadata' || track.pitchounFollowed) {
        return;
      }
      track.pitchounFollowed = true;
      // Cues of a "hidden" track fire cuechange without being shown.
      track.mode = 'hidden';
      track.addEventListener('cuechange', function () {
        var title = titleOfCues(track.activeCues);
        if (title) {
          showTitle(article, title);
        }
      });
    }
    for (var i = 0; i < audio.textTracks.length; i++) {
      follow(audio.textTracks[i]);
    }
    audio.textTracks.addEventListener('addtrack', function (event) {
      follow(event.track);
    });
  }

  // While one of the radio's players plays, its title is asked at once and then every 15 s (the site reads the
  // stream for everyone, every 10 s at most).
  function followSiteTitles(article) {
    var url = article.getAttribute('data-en-ce-moment');
    var players = article.querySelectorAll('audio:not([data-hls])');
    var timer = null;
    function ask() {
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (answer) {
          if (answer) {
            showTitle(article, answer.source === 'flux' ? answer.title : null);
          }
        })
        .catch(function () { /* the next turn asks again */ });
    }
    function playing() {
      for (var i = 0; i < players.length; i++) {
        if (!players[i].paused) {
          return true;
        }
      }
      return false;
    }
    for (var i = 0; i < players.length; i++) {
      players[i].addEventListener('playing', function () {
        if (timer === null) {
          ask();
          timer = setInterval(function () {
            if (playing()) {
              ask();
            } else {
              clearInterval(timer);
              timer = null;
            }
          }, TITLE_EVERY_MS);
        }
      });
    }
  }

  function reportPlayback(audio) {
    audio.addEventListener('waiting', function () { say(audio, MESSAGES.loading); });
    audio.addEventListener('playing', function () { say(audio, MESSAGES.playing); });
    audio.addEventListener('pause', function () { say(audio, MESSAGES.paused); });
  }

  // hls.js is attached at once (the player's own play button then works), but reads the stream only when asked.
  function playWithHlsJs(audio, url) {
    var hls = new Hls({ enableID3MetadataCues: true });
    var loaded = false;
    var mediaRecoveries = 0;
    hls.attachMedia(audio);
    audio.addEventListener('play', function () {
      if (!loaded) {
        loaded = true;
        say(audio, MESSAGES.loading);
        hls.loadSource(url);
      }
    });
    hls.on(Hls.Events.ERROR, function (event, data) {
      if (!data.fatal) {
        return;
      }
      if (data.type === Hls.ErrorTypes.MEDIA_ERROR && mediaRecoveries === 0) {
        mediaRecoveries += 1;
        hls.recoverMediaError();
        return;
      }
      say(audio, MESSAGES.retrying);
      // A radio that was away comes back by itself: the same instance asks again.
      setTimeout(function () {
        hls.loadSource(url);
      }, RETRY_AFTER_MS);
    });
  }

  function start(audio) {
    var article = audio.closest('.radio');
    reportPlayback(audio);
    // An error of the element, or of its last <source> (which the element does not report itself).
    var sources = audio.querySelectorAll('source');
    var onError = function () { say(audio, MESSAGES.failed); };
    audio.addEventListener('error', onError);
    if (sources.length > 0) {
      sources[sources.length - 1].addEventListener('error', onError);
    }
    var hlsUrl = audio.getAttribute('data-hls');
    if (!hlsUrl) {
      return;
    }
    if (article) {
      followId3Titles(audio, article);
    }
    if (window.Hls && Hls.isSupported()) {
      for (var i = 0; i < sources.length; i++) {
        sources[i].remove();
      }
      playWithHlsJs(audio, hlsUrl);
    } else if (!audio.canPlayType('application/vnd.apple.mpegurl')) {
      say(audio, MESSAGES.unsupported);
    }
  }

  var players = document.querySelectorAll('.radio audio');
  for (var i = 0; i < players.length; i++) {
    start(players[i]);
  }
  var withSiteTitles = document.querySelectorAll('.radio[data-en-ce-moment]');
  for (var j = 0; j < withSiteTitles.length; j++) {
    followSiteTitles(withSiteTitles[j]);
  }
})();
