/* The user area: open a case with reference and access code, read the office's messages, answer, rate. */
(function () {
  'use strict';
  var P = window.Portal;
  var openForm = document.getElementById('open-form');
  if (!openForm) return;
  var REFERENCE = /^URP-\d{4}-\d{6}$/;
  var opened = null; // { reference, code }

  function normaliseCode(code) { return code.toUpperCase().replace(/[\s-]/g, ''); }

  function api(method, path, body, idempotencyKey) {
    var headers = { 'X-Access-Code': opened.code };
    if (body) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    return fetch('/api/v1/public/cases/' + encodeURIComponent(opened.reference) + path, {
      method: method,
      headers: headers,
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (answer) { return { status: response.status, answer: answer }; });
    });
  }

  function row(list, label, text) {
    if (!text) return;
    var wrapper = P.element('div', { class: 'portal-summary-row' });
    wrapper.appendChild(P.element('dt', {}, label));
    wrapper.appendChild(P.element('dd', {}, text));
    list.appendChild(wrapper);
  }

  function kilobytes(bytes) { return Math.max(1, Math.round(bytes / 1024)).toLocaleString('it-IT') + ' kB'; }

  /** Each file as a button: the download needs the access code in a header, so it is fetched, then saved. */
  function renderAttachments(attachments) {
    var list = document.getElementById('case-attachment-list');
    list.textContent = '';
    attachments.forEach(function (attachment) {
      var item = P.element('li');
      var button = P.element('button', { type: 'button', class: 'btn btn-link p-0', 'data-href': attachment.href, 'data-name': attachment.name },
        attachment.name);
      button.appendChild(P.element('span', { class: 'visually-hidden' }, attachment.kind === 'photo' ? ' (foto, scarica)' : ' (documento PDF, scarica)'));
      item.appendChild(button);
      item.appendChild(document.createTextNode(' – ' + (attachment.kind === 'photo' ? 'foto' : 'PDF') + ', ' + kilobytes(attachment.bytes)));
      list.appendChild(item);
    });
    document.getElementById('case-attachments').hidden = attachments.length === 0;
  }

  document.getElementById('case-attachment-list').addEventListener('click', function (event) {
    var button = event.target.closest('[data-href]');
    if (!button || !opened) return;
    fetch(button.getAttribute('data-href'), { headers: { 'X-Access-Code': opened.code } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.blob();
      })
      .then(function (blob) {
        var url = URL.createObjectURL(blob);
        var link = P.element('a', { href: url, download: button.getAttribute('data-name') });
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      })
      .catch(function () {
        var box = document.getElementById('action-error');
        box.textContent = 'Non è stato possibile scaricare il file. Riprovi tra qualche minuto.';
        box.hidden = false;
      });
  });

  function render(view) {
    var section = document.getElementById('case');
    var categories = JSON.parse(section.getAttribute('data-categories') || '{}');
    document.getElementById('case-reference').textContent = view.reference;
    document.getElementById('case-state').textContent = view.stateText;
    document.getElementById('case-expected').textContent = view.expectedReplyText || '';
    var request = document.getElementById('case-request');
    request.textContent = '';
    var kindLabel = view.request.kindLabel ? view.request.kindLabel.charAt(0).toUpperCase() + view.request.kindLabel.slice(1) : null;
    row(request, 'Tipo', kindLabel);
    row(request, 'Argomento', view.request.subject ? categories[view.request.subject] || view.request.subject : null);
    row(request, 'Inviata il', P.formatInstant(view.request.receivedAt));
    row(request, 'Titolo', view.request.title);
    row(request, 'Descrizione', view.request.description);
    row(request, 'Luogo', view.request.location);
    if (view.request.point) {
      row(request, 'Punto sulla mappa', view.request.point.lat.toLocaleString('it-IT', { maximumFractionDigits: 6 }) + ', ' + view.request.point.lon.toLocaleString('it-IT', { maximumFractionDigits: 6 }));
    }
    renderAttachments(view.request.attachments || []);

    document.getElementById('information-answer').hidden = !view.mayAnswerInformation;
    document.getElementById('pending-question').textContent = view.pendingQuestion || '';
    document.getElementById('survey').hidden = !view.mayGiveFeedback;

    var messages = document.getElementById('case-messages');
    messages.textContent = '';
    view.messages.forEach(function (message) {
      var item = P.element('li', { class: 'portal-message portal-message-' + message.from });
      item.appendChild(P.element('h4', { class: 'h6 mb-1' }, message.title));
      item.appendChild(P.element('p', { class: 'portal-message-meta mb-1' }, (message.from === 'office' ? "Dall'ufficio, " : 'Da lei, ') + P.formatInstant(message.sentAt)));
      if (message.text) item.appendChild(P.element('p', { class: 'portal-message-text mb-0' }, message.text));
      messages.appendChild(item);
    });
    section.hidden = false;
  }

  function showOpenError(message) {
    var box = document.getElementById('open-error');
    box.textContent = message;
    box.hidden = !message;
  }

  function open(reference, code, focus) {
    opened = { reference: reference, code: code };
    return api('GET', '').then(function (result) {
      if (result.status === 200) {
        showOpenError('');
        render(result.answer);
        if (focus) document.getElementById('case').focus();
        return;
      }
      document.getElementById('case').hidden = true;
      showOpenError(result.status === 404
        ? 'Nessuna pratica corrisponde a questo numero e a questo codice di accesso. Li controlli e riprovi: il codice è quello mostrato al momento dell’invio e riportato nella e-mail di conferma.'
        : result.status === 429 ? 'Troppi tentativi in poco tempo: attenda un minuto e riprovi.' : 'Non è stato possibile aprire la pratica. Riprovi tra qualche minuto.');
    }).catch(function () { showOpenError('Non è stato possibile aprire la pratica. Controlli la connessione e riprovi.'); });
  }

  openForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var reference = document.getElementById('reference').value.trim().toUpperCase();
    var code = normaliseCode(document.getElementById('accessCode').value);
    var ok = true;
    P.fieldError('reference', REFERENCE.test(reference) ? '' : 'Il numero di pratica è come URP-2026-000123.');
    P.fieldError('accessCode', code.length === 10 ? '' : 'Il codice di accesso ha 10 caratteri, ad esempio K7M4-QX9T-2H.');
    if (!REFERENCE.test(reference)) { ok = false; document.getElementById('reference').focus(); }
    else if (code.length !== 10) { ok = false; document.getElementById('accessCode').focus(); }
    if (ok) open(reference, code, true);
  });

  function actionDone(message) {
    document.getElementById('action-error').hidden = true;
    var box = document.getElementById('action-result');
    box.textContent = message;
    box.hidden = false;
  }
  function actionFailed(result) {
    var box = document.getElementById('action-error');
    var code = result.answer && result.answer.code;
    box.textContent = code === 'FEEDBACK_ALREADY_GIVEN' ? 'Ha già risposto al questionario per questa pratica: grazie.'
      : code === 'CASE_NOT_SUSPENDED' ? "L'ufficio non è più in attesa di una sua risposta: la pagina è stata aggiornata."
      : result.status === 400 && result.answer && result.answer.violations ? result.answer.violations.map(function (v) { return P.violationText(v.field); }).join(' ')
      : 'Non è stato possibile inviare. Riprovi tra qualche minuto.';
    box.hidden = false;
    open(opened.reference, opened.code, false);
  }

  document.getElementById('information-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var information = document.getElementById('information').value.trim();
    P.fieldError('information', information ? '' : 'Scriva la sua risposta alla domanda dell’ufficio.');
    if (!information) { document.getElementById('information').focus(); return; }
    api('POST', '/information', { information: information }, 'portal-info-' + P.stableHash(opened.reference + information)).then(function (result) {
      if (result.status !== 200) return actionFailed(result);
      render(result.answer);
      actionDone('Grazie: la sua risposta è arrivata all’ufficio, che riprende a trattare la pratica.');
      document.getElementById('action-result').focus();
    });
  });

  document.getElementById('survey-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var checked = document.querySelector('input[name=score]:checked');
    var slot = document.getElementById('score-error');
    slot.textContent = checked ? '' : 'Scelga un punteggio da 1 a 5.';
    slot.hidden = !!checked;
    if (!checked) { document.getElementById('score-1').focus(); return; }
    var body = { score: Number(checked.value) };
    var comment = document.getElementById('comment').value.trim();
    if (comment) body.comment = comment;
    api('POST', '/feedback', body, 'portal-survey-' + P.stableHash(opened.reference + JSON.stringify(body))).then(function (result) {
      if (result.status !== 200) return actionFailed(result);
      render(result.answer);
      actionDone('Grazie per la sua valutazione.');
      document.getElementById('action-result').focus();
    });
  });

  // Just sent from this browser: the code is in this tab's session, the case opens by itself.
  var reference = document.getElementById('reference').value.trim().toUpperCase();
  var remembered = null;
  try { remembered = reference ? sessionStorage.getItem(P.accessCodeKey(reference)) : null; } catch (e) { remembered = null; }
  if (remembered) {
    document.getElementById('accessCode').value = remembered;
    open(reference, normaliseCode(remembered), false);
  }
})();
