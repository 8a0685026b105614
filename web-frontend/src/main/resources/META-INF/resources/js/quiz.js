// The episode's quiz, one question at a time: "Répondre au quiz" (or the end of the episode) opens it; each answer is
// corrected by the site (…/correction), then all of them are posted once and scored by the site, which records the
// score for the child watching. "Écouter la question" reads the question's text aloud (speechSynthesis, fr-FR).
(function () {
  'use strict';
  var quiz = document.getElementById('quiz');
  if (!quiz) { return; }
  var base = quiz.getAttribute('data-quiz');
  var forms = Array.prototype.slice.call(quiz.querySelectorAll('form.question-quiz'));
  var questions = document.getElementById('quiz-questions');
  var scoreBox = document.getElementById('quiz-score');
  var openButton = document.getElementById('bouton-quiz');
  var choices = [];
  var attemptId = null;
  var startedAt = 0;

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = Math.random() * 16 | 0;
      return (c === 'x' ? r : (r & 0x3 | 0x8)).toString(16);
    });
  }

  function post(url, body) {
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    });
  }

  function show(index) {
    forms.forEach(function (form, i) { form.hidden = i !== index; });
    var first = forms[index].querySelector('input[type=radio]');
    if (first) { first.focus(); }
  }

  function open() {
    attemptId = uuid();
    startedAt = Date.now();
    choices = [];
    forms.forEach(function (form) {
      form.reset();
      form.querySelector('.retour-quiz').textContent = '';
      form.querySelector('.suivante').hidden = true;
      form.querySelector('.valider').disabled = false;
    });
    scoreBox.hidden = true;
    questions.hidden = false;
    openButton.textContent = 'Recommencer le quiz';
    show(0);
  }

  function speak(text) {
    if (!('speechSynthesis' in window)) { return; }
    window.speechSynthesis.cancel();
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'fr-FR';
    window.speechSynthesis.speak(utterance);
  }

  function finish() {
    forms.forEach(function (form) { form.hidden = true; });
    scoreBox.hidden = false;
    scoreBox.textContent = 'Calcul de ton score…';
    post(base, { attemptId: attemptId, choices: choices, seconds: (Date.now() - startedAt) / 1000 })
      .then(function (answer) {
        if (!answer.ok) { scoreBox.textContent = answer.json.message || 'Le score n\'a pas pu être calculé.'; return; }
        var score = answer.json.score, max = answer.json.max;
        scoreBox.setAttribute('data-score', score + '/' + max);
        scoreBox.textContent = 'Ton score : ' + score + ' sur ' + max + '. ' + (score === max ? 'Bravo, tout est juste !'
          : score * 2 >= max ? 'Bien joué !' : 'Bel effort : regarde encore l\'épisode et réessaie !');
        scoreBox.focus();
      })
      .catch(function () { scoreBox.textContent = 'Le score n\'a pas pu être calculé : réessayez dans un instant.'; });
  }

  forms.forEach(function (form, index) {
    var feedback = form.querySelector('.retour-quiz');
    var next = form.querySelector('.suivante');
    form.querySelector('.ecouter').addEventListener('click', function () { speak(form.getAttribute('data-lecture')); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var picked = form.querySelector('input[name=reponse]:checked');
      if (!picked) { feedback.textContent = 'Choisis une réponse avant de valider.'; return; }
      var choice = Number(picked.value);
      post(base + '/correction', { question: Number(form.getAttribute('data-question')), choice: choice })
        .then(function (answer) {
          if (!answer.ok) { feedback.textContent = answer.json.message || 'Réessaie dans un instant.'; return; }
          choices[index] = choice;
          form.querySelector('.valider').disabled = true;
          feedback.textContent = (answer.json.correct ? 'Bonne réponse ! ' : 'Pas tout à fait : la bonne réponse était « '
            + answer.json.rightAnswer + ' ». ') + answer.json.explanation;
          next.hidden = false;
          next.focus();
        })
        .catch(function () { feedback.textContent = 'La réponse n\'a pas pu être vérifiée : réessaie dans un instant.'; });
    });
    next.addEventListener('click', function () {
      if (index + 1 < forms.length) { show(index + 1); } else { finish(); }
    });
  });

  openButton.addEventListener('click', open);
  // At the end of the episode, the quiz opens by itself (no sound: nothing is read until asked).
  var video = document.getElementById('lecteur-replay');
  if (video) {
    video.addEventListener('ended', function () { if (questions.hidden) { open(); } });
  }
})();
