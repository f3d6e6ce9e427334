// The couriers' nearby finder: ask the browser for the location, fall back to choosing a community or tapping the
// map, and draw the listed stations. The list itself is rendered by the server, so it works without this script.
// Maps through PortalMap (map.js), the location through Portal (app.js).
(function () {
    'use strict';

    // Keep the filters already chosen (open now, amenity, radius) when the location arrives. The point is WGS-84
    // (PortalMap turns a tap on GCJ-02 tiles back into WGS-84), so no coords parameter is sent.
    function go(base, lat, lng) {
        var params = new URLSearchParams(window.location.search);
        params.delete('area');
        params.delete('coords');
        params.set('lat', lat.toFixed(6));
        params.set('lng', lng.toFixed(6));
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
        Portal.locate(function (lat, lng) {
            go(base || '/public/stations', lat, lng);
        }, refused, 60000);
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

    if (!window.L || !window.PortalMap) {
        return;
    }

    // Tapping the map chooses a place, searched like the community form beside it (same URL). It starts at the first
    // community that has stations (its centre is WGS-84).
    var tap = document.getElementById('tap-map');
    var areaForm = document.getElementById('area-form');
    if (tap) {
        var first = document.querySelector('#area option[data-lat]');
        var centre = first ? PortalMap.point(first) : null;
        var tm = PortalMap.create(tap);
        if (centre) {
            tm.setView(PortalMap.toTiles(tap, centre[0], centre[1]), 13);
        } else {
            tm.setView([35.0, 105.0], 4);
        }
        PortalMap.onTap(tap, tm, function (lat, lng) {
            go(areaForm.getAttribute('action'), lat, lng);
        });
    }

    // The results map: the searched point and one marker per listed station (points already in the tiles' system),
    // each opening its name as a link to the station's page.
    var nearby = document.getElementById('nearby-map');
    var origin = nearby ? PortalMap.point(nearby) : null;
    if (origin) {
        var nm = PortalMap.create(nearby, {scrollWheelZoom: false}).setView(origin, 14);
        PortalMap.marker(nm, origin, {radius: 7, color: '#0d6efd', fillOpacity: 0.9});
        var points = [origin];
        document.querySelectorAll('#station-list .station-item').forEach(function (li) {
            var p = PortalMap.point(li);
            if (!p) { return; }
            points.push(p);
            var open = li.getAttribute('data-open') === 'true';
            PortalMap.marker(nm, p, {color: open ? '#198754' : '#6c757d', fillOpacity: 0.8, className: 'station-marker'},
                {popup: li.getAttribute('data-name'), href: li.getAttribute('data-url')});
        });
        if (points.length > 1) { nm.fitBounds(points, {padding: [20, 20], maxZoom: 16}); }
    }
})();
