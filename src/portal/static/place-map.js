/* The optional map of the "Il luogo" step: opened on request, a click sets the point in the
   latitude and longitude fields (which remain the way to do it with the keyboard, or when
   OpenStreetMap's tiles cannot be reached). Without Leaflet the fields alone work. */
(function () {
  'use strict';
  var P = window.Portal;
  var toggle = document.getElementById('map-toggle');
  var panel = document.getElementById('map-panel');
  var clear = document.getElementById('point-clear');
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  if (!toggle || !panel) return;
  var map = null;
  var marker = null;

  if (!window.L) {
    toggle.hidden = true;
    return;
  }

  function fieldsPoint() {
    return P.point(lat.value.trim(), lon.value.trim()).value || null;
  }

  function showPoint(point) {
    clear.hidden = !point && lat.value === '' && lon.value === '';
    if (!map) return;
    if (!point) {
      if (marker) { map.removeLayer(marker); marker = null; }
      return;
    }
    var where = [point.lat, point.lon];
    if (marker) marker.setLatLng(where);
    else marker = window.L.marker(where, { keyboard: false, title: 'Punto indicato' }).addTo(map);
  }

  function open() {
    panel.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    toggle.textContent = 'Chiudi la mappa';
    if (map) { map.invalidateSize(); return; }
    var area = P.area;
    var start = fieldsPoint();
    map = window.L.map('map', { keyboard: false, zoomControl: false }).fitBounds([[area.south, area.west], [area.north, area.east]]);
    window.L.control.zoom({ zoomInTitle: 'Ingrandisci la mappa', zoomOutTitle: 'Riduci la mappa' }).addTo(map);
    // The page credits Leaflet's data source below the map; the library's own link is not needed.
    map.attributionControl.setPrefix(false);
    if (start) map.setView([start.lat, start.lon], 16);
    window.L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19,
      attribution: '&copy; OpenStreetMap'
    }).addTo(map);
    map.on('click', function (event) {
      lat.value = event.latlng.lat.toFixed(6).replace('.', ',');
      lon.value = event.latlng.lng.toFixed(6).replace('.', ',');
      P.fieldError('lat', '');
      P.fieldError('lon', '');
      showPoint(fieldsPoint());
    });
    showPoint(start);
  }

  toggle.addEventListener('click', function () {
    if (panel.hidden) { open(); return; }
    panel.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.textContent = 'Apri la mappa';
  });
  clear.addEventListener('click', function () {
    lat.value = '';
    lon.value = '';
    showPoint(null);
    lat.focus();
  });
  [lat, lon].forEach(function (input) {
    input.addEventListener('input', function () { showPoint(fieldsPoint()); });
  });
})();
