// Podcast players: the speed menu next to each native <audio> player sets its playback rate; for a signed-in
// viewer the player resumes where the account stopped, and reports its position (every 15 s of listening, on pause
// and at the end) to the site, which keeps it in podcast-service. Nothing plays before the listener presses play.
document.querySelectorAll('select.vitesse').forEach(function (menu) {
  var audio = document.getElementById(menu.dataset.audio);
  if (!audio) {
    return;
  }
  menu.addEventListener('change', function () {
    audio.playbackRate = parseFloat(menu.value);
  });
  // The browser resets the rate when the source loads: keep the chosen one.
  audio.addEventListener('loadedmetadata', function () {
    audio.playbackRate = parseFloat(menu.value);
    var resume = parseInt(audio.dataset.resume || '0', 10);
    if (resume > 0 && audio.currentTime < 1) {
      audio.currentTime = resume;
    }
  });

  var lastReported = -1;
  function report(force) {
    var second = Math.floor(audio.currentTime);
    if (!force && Math.abs(second - lastReported) < 15) {
      return;
    }
    lastReported = second;
    fetch('/podcasts/ecoute', {
      method: 'POST',
      credentials: 'same-origin',
      keepalive: true,
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({show: audio.dataset.show, episode: audio.dataset.episode, positionSeconds: second})
    }).then(function (response) {
      // 423: a child's screen time is over (/js/pause.js stops the player and opens the pause page).
      if (window.pitchounPause) {
        window.pitchounPause.ifLocked(response, audio);
      }
    }).catch(function () { /* the next report tries again */ });
  }
  audio.addEventListener('timeupdate', function () { report(false); });
  audio.addEventListener('pause', function () { report(true); });
  audio.addEventListener('ended', function () { report(true); });
});
