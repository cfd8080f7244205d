/* The request form: one step at a time, each field checked in Italian, one case per form however often "Invia" is pressed. */
(function () {
  'use strict';
  var P = window.Portal;
  var form = document.getElementById('request-form');
  if (!form) return;
  var steps = Array.prototype.slice.call(form.querySelectorAll('.form-step'));
  var labels = Array.prototype.slice.call(form.querySelectorAll('[data-step-label]'));
  var back = document.getElementById('back');
  var next = document.getElementById('next');
  var send = document.getElementById('send');
  var summaryBox = document.getElementById('error-summary');
  var summaryList = document.getElementById('error-list');
  var current = 0;
  var sending = false;

  var PHONE = /^\+?[0-9][0-9 ./-]{5,19}$/;
  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
  var FISCAL_CODE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
  var KIND_LABELS = {};
  Array.prototype.forEach.call(form.querySelectorAll('input[name=kind]'), function (input) {
    KIND_LABELS[input.value] = form.querySelector('label[for="' + input.id + '"]').textContent;
  });

  function value(id) {
    var node = document.getElementById(id);
    return node ? node.value.trim() : '';
  }
  function kind() {
    var checked = form.querySelector('input[name=kind]:checked');
    return checked ? checked.value : '';
  }

  function checks(step) {
    var errors = [];
    function need(ok, field, message) { if (!ok) errors.push({ field: field, message: message }); }
    if (step === 0) {
      need(document.getElementById('privacy').checked, 'privacy', "Per proseguire dichiari di aver letto l'informativa sul trattamento dei dati personali.");
    }
    if (step === 1) {
      need(kind() !== '', 'kind-report', 'Scelga di che cosa si tratta.');
      need(value('subject') !== '', 'subject', 'Scelga un argomento dalla lista; se nessuno è adatto, scelga «Altro argomento».');
      need(value('title') !== '', 'title', 'Scriva un titolo breve, ad esempio «Lampione spento in via Roma».');
      need(value('description').length >= 10, 'description', value('description') === '' ? 'Descriva la richiesta.' : 'Descriva la richiesta con qualche parola in più (almeno 10 caratteri).');
    }
    if (step === 2) {
      var point = P.point(value('lat'), value('lon'));
      if (point.error) need(false, point.field, point.error);
    }
    if (step === 3) {
      attachmentErrors().forEach(function (error) { errors.push(error); });
    }
    if (step === 4) {
      need(value('firstName') !== '', 'firstName', 'Indichi il suo nome.');
      need(value('lastName') !== '', 'lastName', 'Indichi il suo cognome.');
      if (value('email') === '') {
        need(false, 'email', "Indichi il suo indirizzo e-mail: è lì che riceverà la conferma e la risposta. Se non ha un indirizzo e-mail, può rivolgersi allo sportello URP o telefonare.");
      } else {
        need(EMAIL.test(value('email')), 'email', "L'indirizzo e-mail non sembra completo: deve essere come nome.cognome@esempio.it.");
      }
      need(value('phone') === '' || PHONE.test(value('phone')), 'phone', 'Il numero di telefono deve avere da 6 a 20 cifre; può iniziare con + (ad esempio +39 071 222 2222).');
      var fiscalCode = value('fiscalCode').replace(/\s+/g, '').toUpperCase();
      need(fiscalCode === '' || FISCAL_CODE.test(fiscalCode), 'fiscalCode', 'Il codice fiscale deve avere 16 caratteri, ad esempio RSSMRA80A41H501Y.');
    }
    return errors;
  }

  var STEP_FIELDS = [['privacy'], ['kind-report', 'subject', 'title', 'description'], ['location', 'lat', 'lon'], ['photos', 'documents'], ['firstName', 'lastName', 'email', 'phone', 'fiscalCode'], []];

  var MAX_BYTES = Number(form.getAttribute('data-max-bytes'));
  var FILE_RULES = {
    photos: { max: Number(form.getAttribute('data-max-photos')), types: ['image/jpeg', 'image/png'], extensions: /\.(jpe?g|png)$/i, what: 'foto JPEG o PNG', many: 'foto' },
    documents: { max: Number(form.getAttribute('data-max-documents')), types: ['application/pdf'], extensions: /\.pdf$/i, what: 'documenti PDF', many: 'documenti' }
  };
  function files(field) { return Array.prototype.slice.call(document.getElementById(field).files || []); }
  function megabytes(bytes) {
    if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024)).toLocaleString('it-IT') + ' kB';
    return (bytes / (1024 * 1024)).toLocaleString('it-IT', { maximumFractionDigits: 1 }) + ' MB';
  }

  /** The browser's first look (the office checks the content again): how many, how large, which type. */
  function attachmentErrors() {
    var errors = [];
    Object.keys(FILE_RULES).forEach(function (field) {
      var rule = FILE_RULES[field];
      var chosen = files(field);
      if (chosen.length > rule.max) {
        errors.push({ field: field, message: 'Può allegare al massimo ' + rule.max + ' ' + rule.many + ': ne ha scelti ' + chosen.length + '.' });
        return;
      }
      chosen.forEach(function (file) {
        if (rule.types.indexOf(file.type) < 0 && !rule.extensions.test(file.name)) {
          errors.push({ field: field, message: 'Il file «' + file.name + '» non è tra i tipi accettati: ' + rule.what + '.' });
        } else if (file.size === 0) {
          errors.push({ field: field, message: 'Il file «' + file.name + '» è vuoto.' });
        } else if (file.size > MAX_BYTES) {
          errors.push({ field: field, message: 'Il file «' + file.name + '» è troppo grande (' + megabytes(file.size) + '): al massimo ' + megabytes(MAX_BYTES) + '.' });
        }
      });
    });
    return errors;
  }

  function renderAttachmentList() {
    var list = document.getElementById('attachment-list');
    list.textContent = '';
    files('photos').concat(files('documents')).forEach(function (file) {
      list.appendChild(P.element('li', {}, file.name + ' (' + megabytes(file.size) + ')'));
    });
  }
  ['photos', 'documents'].forEach(function (id) { document.getElementById(id).addEventListener('change', renderAttachmentList); });

  function attachmentSummary() {
    var names = files('photos').concat(files('documents')).map(function (file) { return file.name; });
    return names.length ? names.join(', ') : 'Nessuno';
  }

  function showErrors(step, errors) {
    STEP_FIELDS[step].forEach(function (id) { P.fieldError(id, ''); });
    P.fieldError('kind', '');
    summaryList.textContent = '';
    errors.forEach(function (error) {
      if (error.field === 'kind-report') {
        var slot = document.getElementById('kind-error');
        slot.textContent = error.message;
        slot.hidden = false;
      } else {
        P.fieldError(error.field, error.message);
      }
      var item = P.element('li');
      var link = P.element('a', { href: '#' + (error.field === 'kind-report' ? form.querySelector('input[name=kind]').id : error.field) }, error.message);
      item.appendChild(link);
      summaryList.appendChild(item);
    });
    summaryBox.hidden = errors.length === 0;
    if (errors.length > 0) summaryBox.focus();
  }

  function show(step, focus) {
    current = step;
    steps.forEach(function (section, i) { section.hidden = i !== step; });
    labels.forEach(function (label, i) {
      label.classList.toggle('active', i === step);
      label.classList.toggle('confirmed', i < step);
      if (i === step) label.setAttribute('aria-current', 'step'); else label.removeAttribute('aria-current');
    });
    document.getElementById('step-counter').textContent = 'Passo ' + (step + 1) + ' di ' + steps.length + ': ' + labels[step].textContent.replace(/^\s*\d+\s*/, '');
    back.hidden = step === 0;
    next.hidden = step === steps.length - 1;
    send.hidden = step !== steps.length - 1;
    summaryBox.hidden = true;
    if (step === steps.length - 1) renderSummary();
    var heading = steps[step].querySelector('h2');
    heading.setAttribute('tabindex', '-1');
    if (focus !== false) heading.focus();
  }

  function fullName() {
    return (value('firstName') + ' ' + value('lastName')).trim();
  }

  function renderSummary() {
    var box = document.getElementById('summary');
    box.textContent = '';
    var subject = document.getElementById('subject');
    var rows = [
      ['Tipo di richiesta', KIND_LABELS[kind()], 1],
      ['Argomento', subject.options[subject.selectedIndex] ? subject.options[subject.selectedIndex].textContent : '', 1],
      ['Titolo', value('title'), 1],
      ['Descrizione', value('description'), 1],
      ['Luogo', value('location') || 'Non indicato', 2],
      ['Punto sulla mappa', pointText(), 2],
      ['Allegati', attachmentSummary(), 3],
      ['Nome e cognome', fullName(), 4],
      ['E-mail', value('email'), 4],
      ['Telefono', value('phone') || 'Non indicato', 4],
      ['Codice fiscale', value('fiscalCode').toUpperCase() || 'Non indicato', 4]
    ];
    rows.forEach(function (row) {
      var wrapper = P.element('div', { class: 'portal-summary-row' });
      wrapper.appendChild(P.element('dt', {}, row[0]));
      var dd = P.element('dd');
      dd.appendChild(P.element('span', { class: 'portal-summary-value' }, row[1]));
      var edit = P.element('button', { type: 'button', class: 'btn btn-link btn-sm', 'data-goto': String(row[2]) }, 'Modifica');
      edit.appendChild(P.element('span', { class: 'visually-hidden' }, ' ' + row[0].toLowerCase()));
      dd.appendChild(edit);
      wrapper.appendChild(dd);
      box.appendChild(wrapper);
    });
  }

  // A field corrected loses its error at once; the summary waits for the next "Avanti".
  function clearOwnError(event) {
    var target = event.target;
    if (target.name === 'kind') {
      var slot = document.getElementById('kind-error');
      slot.textContent = '';
      slot.hidden = true;
    } else if (target.id && target.getAttribute('aria-invalid') === 'true') {
      P.fieldError(target.id, '');
    }
  }
  form.addEventListener('input', clearOwnError);
  form.addEventListener('change', clearOwnError);

  document.getElementById('summary').addEventListener('click', function (event) {
    var target = event.target.closest('[data-goto]');
    if (target) show(Number(target.getAttribute('data-goto')));
  });

  next.addEventListener('click', function () {
    var errors = checks(current);
    showErrors(current, errors);
    if (errors.length === 0) show(current + 1);
  });
  back.addEventListener('click', function () { show(current - 1); });

  function body() {
    var citizen = { fullName: fullName(), email: value('email') };
    if (value('phone')) citizen.phone = value('phone');
    if (value('fiscalCode')) citizen.fiscalCode = value('fiscalCode').replace(/\s+/g, '').toUpperCase();
    var request = {
      kind: kind(),
      category: value('subject'),
      title: value('title'),
      description: value('description'),
      citizen: citizen
    };
    if (value('location')) request.location = value('location');
    var point = P.point(value('lat'), value('lon'));
    if (point.value) request.point = point.value;
    return request;
  }

  function pointText() {
    var point = P.point(value('lat'), value('lon')).value;
    return point ? point.lat.toLocaleString('it-IT', { maximumFractionDigits: 6 }) + ', ' + point.lon.toLocaleString('it-IT', { maximumFractionDigits: 6 }) : 'Non indicato';
  }

  /** JSON, or multipart with the contact as its `payload` part when files are attached. */
  function requestBody(text) {
    var attached = files('photos').length + files('documents').length;
    if (attached === 0) return { body: text, headers: { 'content-type': 'application/json' }, key: text };
    var data = new FormData();
    data.append('payload', text);
    var key = text;
    ['photos', 'documents'].forEach(function (field) {
      files(field).forEach(function (file) {
        data.append(field, file, file.name);
        key += '|' + field + ':' + file.name + ':' + file.size + ':' + file.lastModified;
      });
    });
    return { body: data, headers: {}, key: key };
  }

  /** The API's answer on a refused request, shown on the field it names. */
  function showRefusal(status, answer) {
    var box = document.getElementById('send-error');
    var message;
    if (status === 400 && answer && answer.violations) {
      var fields = answer.violations.map(function (v) { return v.field; });
      message = 'Alcuni dati non sono corretti: ' + fields.map(P.violationText).join(' ');
    } else if (status === 422 && answer && answer.details && answer.details.citizenMessage) {
      message = answer.details.citizenMessage;
    } else if (status === 429) {
      message = 'Troppe richieste in poco tempo: attenda un minuto e riprovi.';
    } else {
      message = "Non è stato possibile inviare la richiesta. Riprovi tra qualche minuto; se il problema continua, si rivolga all'URP.";
    }
    box.textContent = message;
    box.hidden = false;
    box.focus();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (current !== steps.length - 1 || sending) return;
    for (var step = 0; step < steps.length - 1; step++) {
      var errors = checks(step);
      if (errors.length) { show(step); showErrors(step, errors); return; }
    }
    var request = body();
    var text = JSON.stringify(request);
    sending = true;
    send.disabled = true;
    send.textContent = 'Invio in corso…';
    document.getElementById('send-error').hidden = true;
    var outgoing = requestBody(text);
    outgoing.headers['Idempotency-Key'] = 'portal-' + P.stableHash(outgoing.key);
    fetch('/api/v1/public/cases', { method: 'POST', headers: outgoing.headers, body: outgoing.body })
      .then(function (response) {
        return response.json().catch(function () { return null; }).then(function (answer) { return { status: response.status, answer: answer }; });
      })
      .then(function (result) {
        if (result.status !== 201) { showRefusal(result.status, result.answer); return; }
        var sent = result.answer;
        try { sessionStorage.setItem(P.accessCodeKey(sent.reference), sent.accessCode); } catch (e) { /* private mode: the citizen types it */ }
        form.hidden = true;
        document.getElementById('sent-reference').textContent = sent.reference;
        document.getElementById('sent-code').textContent = sent.accessCode;
        document.getElementById('sent-due').textContent = 'Riceverà la risposta entro il ' + P.formatDay(sent.finalReplyDueDate + 'T12:00:00Z') + '.';
        document.getElementById('sent-link').setAttribute('href', '/portale/pratica?riferimento=' + encodeURIComponent(sent.reference));
        var done = document.getElementById('sent');
        done.hidden = false;
        done.focus();
      })
      .catch(function () { showRefusal(0, null); })
      .then(function () {
        sending = false;
        send.disabled = false;
        send.textContent = 'Invia la richiesta';
      });
  });

  // While the citizen writes a request for information, the FAQ that may already answer it.
  var suggestions = document.getElementById('faq-suggestions');
  var timer = null;
  var asked = '';
  function suggest() {
    var query = (value('title') + ' ' + value('description')).trim();
    if (kind() !== 'information_request' || query.length < 4) { suggestions.hidden = true; return; }
    if (query === asked) return;
    asked = query;
    fetch('/api/v1/public/faq?limit=3&q=' + encodeURIComponent(query.slice(0, 200)))
      .then(function (response) { return response.ok ? response.json() : { items: [] }; })
      .then(function (answer) {
        var items = (answer && answer.items) || [];
        suggestions.textContent = '';
        if (items.length === 0) { suggestions.hidden = true; return; }
        suggestions.appendChild(P.element('p', { class: 'fw-semibold mb-2' }, 'Forse la risposta che cerca è già qui:'));
        items.forEach(function (faq) {
          var details = P.element('details', { class: 'mb-2' });
          details.appendChild(P.element('summary', {}, faq.question));
          details.appendChild(P.element('p', { class: 'mt-2 mb-0' }, faq.answer));
          suggestions.appendChild(details);
        });
        suggestions.hidden = false;
      })
      .catch(function () { suggestions.hidden = true; });
  }
  function schedule() { clearTimeout(timer); timer = setTimeout(suggest, 350); }
  ['title', 'description'].forEach(function (id) { document.getElementById(id).addEventListener('input', schedule); });
  Array.prototype.forEach.call(form.querySelectorAll('input[name=kind]'), function (input) { input.addEventListener('change', schedule); });

  /** Only the topics of the catalogue that take the chosen kind (the API refuses the others). */
  function fitTopics() {
    var chosen = kind();
    var select = document.getElementById('subject');
    Array.prototype.forEach.call(select.querySelectorAll('option[data-kinds]'), function (option) {
      var fits = !chosen || option.getAttribute('data-kinds').split(' ').indexOf(chosen) >= 0;
      option.hidden = !fits;
      option.disabled = !fits;
      if (!fits && option.selected) select.value = '';
    });
  }
  Array.prototype.forEach.call(form.querySelectorAll('input[name=kind]'), function (input) { input.addEventListener('change', fitTopics); });
  fitTopics();

  // On arrival the focus belongs to the page (the skip link first), not to the step's heading.
  show(0, false);
})();
