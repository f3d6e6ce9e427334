// The couriers' nearby finder: ask the browser for the location, fall back to choosing a community or tapping the
// map, and draw the listed stations. The list itself is rendered by the server, so it works without this script.
(function () {
    'use strict';

    function tiles(el, map) {
        var options = { maxZoom: 19, attribution: el.getAttribute('data-attribution') || '' };
        var sub = el.getAttribute('data-subdomains');
        if (sub) { options.subdomains = sub; }
        L.tileLayer(el.getAttribute('data-tile-url'), options).addTo(map);
    }

    // Keep the filters already chosen (open now, amenity, radius) when the location arrives.
    function go(base, lat, lng, coords) {
        var params = new URLSearchParams(window.location.search);
        params.delete('area');
        params.set('lat', lat.toFixed(6));
        params.set('lng', lng.toFixed(6));
        if (coords) { params.set('coords', coords); } else { params.delete('coords'); }
        window.location.assign(base + '?' + params.toString());
    }

    var locate = document.getElementById('locate');
    var base = locate ? locate.getAttribute('data-url') : null;

    function refused() {
        var locating = document.getElementById('locating');
        var denied = document.getElementById('denied');
        if (locating) { locating.classList.add('d-none'); }
        if (denied) { denied.classList.remove('d-none'); }
    }

    function askLocation() {
        if (!navigator.geolocation) { refused(); return; }
        navigator.geolocation.getCurrentPosition(function (p) {
            go(base || '/public/stations', p.coords.latitude, p.coords.longitude, null);
        }, refused, { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
    }

    if (locate) { askLocation(); }
    var button = document.getElementById('use-location');
    if (button) {
        button.addEventListener('click', function () {
            var locating = document.getElementById('locating');
            if (locating) { locating.classList.remove('d-none'); }
            askLocation();
        });
    }

    // Tapping the map chooses a place; on GCJ-02 tiles the server converts the tapped point back to WGS-84.
    var tap = document.getElementById('tap-map');
    if (tap && window.L) {
        var first = document.querySelector('#area option[data-lat]');
        var center = first ? [parseFloat(first.getAttribute('data-lat')), parseFloat(first.getAttribute('data-lng'))]
            : [35.0, 105.0];
        var tm = L.map(tap).setView(center, first ? 13 : 4);
        tiles(tap, tm);
        tm.on('click', function (e) {
            go(tap.getAttribute('data-url'), e.latlng.lat, e.latlng.lng,
                tap.getAttribute('data-gcj') === 'true' ? 'GCJ02' : null);
        });
    }

    // The results map: the searched point and one marker per listed station.
    var nearby = document.getElementById('nearby-map');
    if (nearby && window.L) {
        var origin = [parseFloat(nearby.getAttribute('data-lat')), parseFloat(nearby.getAttribute('data-lng'))];
        var nm = L.map(nearby, { scrollWheelZoom: false }).setView(origin, 14);
        tiles(nearby, nm);
        L.circleMarker(origin, { radius: 7, color: '#0d6efd', fillOpacity: 0.9 }).addTo(nm);
        var points = [origin];
        document.querySelectorAll('#station-list .station-item').forEach(function (li) {
            var p = [parseFloat(li.getAttribute('data-lat')), parseFloat(li.getAttribute('data-lng'))];
            points.push(p);
            var open = li.getAttribute('data-open') === 'true';
            L.circleMarker(p, { radius: 9, color: open ? '#198754' : '#6c757d', fillOpacity: 0.8 }).addTo(nm)
                .bindPopup('<a href="' + li.getAttribute('data-url') + '"></a>')
                .on('popupopen', function (e) {
                    var a = e.popup.getElement().querySelector('a');
                    if (a) { a.textContent = li.getAttribute('data-name'); }
                });
        });
        if (points.length > 1) { nm.fitBounds(points, { padding: [20, 20], maxZoom: 16 }); }
    }
})();
