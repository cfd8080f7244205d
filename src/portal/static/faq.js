/* The FAQ page: lists the office's questions and answers, and searches them. */
(function () {
  'use strict';
  var P = window.Portal;
  var form = document.getElementById('faq-search');
  if (!form) return;
  var input = document.getElementById('faq-q');
  var list = document.getElementById('faq-list');
  var count = document.getElementById('faq-count');

  function load(query) {
    fetch('/api/v1/public/faq' + (query ? '?q=' + encodeURIComponent(query) : ''))
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (answer) {
        list.textContent = '';
        var items = answer.items || [];
        count.textContent = items.length === 0
          ? (query ? 'Nessuna domanda corrisponde a «' + query + '».' : 'Non ci sono ancora domande frequenti.')
          : (query ? items.length + (items.length === 1 ? ' domanda trovata' : ' domande trovate') + ' per «' + query + '».' : items.length + ' domande.');
        items.forEach(function (faq) {
          var details = P.element('details');
          details.appendChild(P.element('summary', {}, faq.question));
          details.appendChild(P.element('p', {}, faq.answer));
          list.appendChild(details);
        });
      })
      .catch(function () { count.textContent = 'Non è stato possibile caricare le domande frequenti. Riprovi tra qualche minuto.'; });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var query = input.value.trim();
    history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname);
    load(query);
  });
  load(input.value.trim());
})();
