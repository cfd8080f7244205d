/* Shared by the portal's pages: field errors, the API's violations in Italian, dates, a stable hash. */
(function () {
  'use strict';

  function fieldError(id, message) {
    var input = document.getElementById(id);
    var slot = document.getElementById(id + '-error');
    if (slot) {
      slot.textContent = message || '';
      slot.hidden = !message;
    }
    if (input) {
      if (message) {
        input.setAttribute('aria-invalid', 'true');
        input.classList.add('is-invalid');
      } else {
        input.removeAttribute('aria-invalid');
        input.classList.remove('is-invalid');
      }
    }
  }

  /** What the API's field rules mean, told the way the form asks for the field. */
  var VIOLATIONS = {
    'citizen.fullName': 'Indichi nome e cognome.',
    'citizen.email': "Indichi un indirizzo e-mail valido, ad esempio nome.cognome@esempio.it.",
    'citizen.phone': 'Il numero di telefono deve avere da 6 a 20 cifre; può iniziare con + (ad esempio +39 071 222 2222).',
    'citizen.fiscalCode': 'Il codice fiscale deve avere 16 caratteri, ad esempio RSSMRA80A41H501Y.',
    'citizen.address': "L'indirizzo non può superare i 300 caratteri.",
    description: 'Descriva la richiesta (al massimo 9.000 caratteri).',
    subject: 'Scelga un argomento dalla lista.',
    kind: 'Scelga di che cosa si tratta.',
    location: 'Il luogo non può superare i 500 caratteri.',
    point: 'Il punto sulla mappa è fuori dal territorio servito dal Comune.',
    'point.lat': 'La latitudine è un numero in gradi, ad esempio 43,6158.',
    'point.lon': 'La longitudine è un numero in gradi, ad esempio 13,5189.',
    payload: 'Non è stato possibile leggere la richiesta: riprovi.',
    photos: 'Le foto devono essere file JPEG o PNG, al massimo 3, ciascuna entro il limite di dimensione.',
    documents: 'I documenti devono essere file PDF, al massimo 3, ciascuno entro il limite di dimensione.',
    information: 'Scriva la sua risposta (al massimo 9.000 caratteri).',
    score: 'Scelga un punteggio da 1 a 5.',
    comment: 'Il commento non può superare i 2.000 caratteri.'
  };

  function violationText(field) {
    // Files are named with their position (photos[1]): the message is the field's.
    return VIOLATIONS[field] || VIOLATIONS[String(field).replace(/\[[0-9]+\]$/, '')] || 'Controlli questo dato.';
  }

  var dateTime = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  var dateOnly = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: 'numeric', month: 'long', year: 'numeric' });

  function formatInstant(iso) {
    return dateTime.format(new Date(iso));
  }

  function formatDay(iso) {
    return dateOnly.format(new Date(iso));
  }

  /** 64 bits of FNV-1a in two lanes: the same text always gives the same key (crypto.subtle needs https). */
  function stableHash(text) {
    var h1 = 0x811c9dc5, h2 = 0x01000193 ^ 0x5bd1e995;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
      h2 = (h2 ^ (h2 >>> 15)) >>> 0;
    }
    return ('00000000' + h1.toString(16)).slice(-8) + ('00000000' + h2.toString(16)).slice(-8);
  }

  var AREA = (function () {
    var form = document.querySelector('[data-area]');
    var parts = form ? form.getAttribute('data-area').split(',').map(Number) : [35, 6.5, 47.2, 18.6];
    return { south: parts[0], west: parts[1], north: parts[2], east: parts[3] };
  })();

  function degrees(text) {
    var normal = String(text).trim().replace(',', '.');
    return /^-?[0-9]{1,3}(\.[0-9]{1,7})?$/.test(normal) ? Number(normal) : NaN;
  }

  /** The point the two fields say: none, a point in the service area, or the field at fault and why (in Italian). */
  function point(latText, lonText) {
    if (latText === '' && lonText === '') return {};
    if (latText === '') return { field: 'lat', error: 'Indichi anche la latitudine, oppure cancelli la longitudine.' };
    if (lonText === '') return { field: 'lon', error: 'Indichi anche la longitudine, oppure cancelli la latitudine.' };
    var lat = degrees(latText);
    var lon = degrees(lonText);
    if (isNaN(lat)) return { field: 'lat', error: 'La latitudine è un numero in gradi, ad esempio 43,6158.' };
    if (isNaN(lon)) return { field: 'lon', error: 'La longitudine è un numero in gradi, ad esempio 13,5189.' };
    if (lat < AREA.south || lat > AREA.north) return { field: 'lat', error: 'Il punto è fuori dal territorio servito: la latitudine deve essere tra ' + AREA.south + ' e ' + AREA.north + '.' };
    if (lon < AREA.west || lon > AREA.east) return { field: 'lon', error: 'Il punto è fuori dal territorio servito: la longitudine deve essere tra ' + AREA.west + ' e ' + AREA.east + '.' };
    return { value: { lat: lat, lon: lon } };
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  window.Portal = {
    fieldError: fieldError,
    violationText: violationText,
    formatInstant: formatInstant,
    formatDay: formatDay,
    stableHash: stableHash,
    element: element,
    point: point,
    area: AREA,
    accessCodeKey: function (reference) { return 'urp-access:' + reference.toUpperCase(); }
  };
})();
