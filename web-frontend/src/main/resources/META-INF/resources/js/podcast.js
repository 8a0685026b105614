// Podcast players: the speed menu next to each native <audio> player sets its playback rate.
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
  });
});
