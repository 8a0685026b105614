// Screen time (loaded on every page while a child watches): when the site answers a player's refresh with 423, the
// child's screen time is over. The player stops and the pause page opens, which comes back here once a parent
// unlocks.
(function () {
  'use strict';

  function openPausePage(media) {
    if (media && !media.paused) {
      media.pause();
    }
    var here = window.location.pathname + window.location.search;
    window.location.assign('/temps-ecran/pause?retour=' + encodeURIComponent(here));
  }

  window.pitchounPause = {
    open: openPausePage,
    // True (and the pause page opening) when the answer says the time is over.
    ifLocked: function (response, media) {
      if (response && response.status === 423) {
        openPausePage(media);
        return true;
      }
      return false;
    }
  };
}());
