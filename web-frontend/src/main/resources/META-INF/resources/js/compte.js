// « Mon compte »: copies the private podcast feed's address. Without JavaScript (or the clipboard) the button stays
// hidden and the address stays selectable in its read-only field.
(function () {
  var button = document.getElementById('copier-flux');
  if (!button) {
    return;
  }
  var field = document.getElementById(button.dataset.copie);
  var status = document.getElementById(button.dataset.etat);
  button.hidden = false;
  button.addEventListener('click', function () {
    field.focus();
    field.select();
    var copied = navigator.clipboard && window.isSecureContext
      ? navigator.clipboard.writeText(field.value)
      : Promise.resolve(document.execCommand('copy')).then(function (ok) {
          if (!ok) {
            throw new Error('copy refused');
          }
        });
    copied.then(function () {
      status.textContent = 'Adresse copiée dans le presse-papiers.';
    }, function () {
      status.textContent = 'La copie a échoué : l\u2019adresse est sélectionnée, copiez-la avec Ctrl+C (ou Cmd+C).';
    });
  });
})();
