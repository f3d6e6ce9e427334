// The couriers' pages (nearby finder, a station's page): ask the browser for the location, fall back to choosing a
// community or tapping the map, draw the listed stations by state with a popup each, and ask once for the travel
// mode of the navigation links. The list and the links are rendered by the server (riding), so they work without
// this script. Maps through PortalMap (map.js), the location through Portal (app.js).

// The travel mode, asked once and kept on the phone. The server builds every link (a[data-nav=amap|baidu|tencent],
// each in its map's coordinate system); here only the one parameter that names the mode is switched, in each app's
// word for it (Amap mode, Baidu mode, Tencent type).
window.PortalNav = (function () {
    'use strict';

    var KEY = 'portal.navMode';
    var PARAMS = {
        amap: ['mode', {RIDE: 'ride', WALK: 'walk', DRIVE: 'car'}],
        baidu: ['mode', {RIDE: 'riding', WALK: 'walking', DRIVE: 'driving'}],
        tencent: ['type', {RIDE: 'bike', WALK: 'walk', DRIVE: 'drive'}]
    };
    var sheet = document.getElementById('nav-mode');
    var current = document.getElementById('nav-mode-current');
    var pending = null;

    function stored() {
        try {
            var m = window.localStorage.getItem(KEY);
            return m && PARAMS.amap[1][m] ? m : null;
        } catch (e) {
            return null;
        }
    }

    function store(mode) {
        try {
            window.localStorage.setItem(KEY, mode);
        } catch (e) { /* private mode: asked again next time */ }
    }

    // Every navigation link under root, switched to the mode.
    function apply(root, mode) {
        root.querySelectorAll('a[data-nav]').forEach(function (a) {
            var p = PARAMS[a.getAttribute('data-nav')];
            if (!p) { return; }
            var re = new RegExp('([?&]' + p[0] + '=)[^&]*');
            a.setAttribute('href', a.getAttribute('href').replace(re, '$1' + p[1][mode]));
        });
    }

    function showCurrent(mode) {
        var button = document.getElementById('nav-mode-' + mode);
        var change = document.getElementById('nav-mode-change');
        if (!current || !button || !change) { return; }
        change.textContent = button.textContent.trim();
        current.hidden = false;
    }

    function open(link) {
        pending = link;
        sheet.hidden = false;
        var first = document.getElementById('nav-mode-' + (stored() || 'RIDE'));
        if (first) { first.focus(); }
    }

    function close() {
        sheet.hidden = true;
        pending = null;
    }

    var api = {
        // Where a chosen link is followed; a test may replace it to read the link instead of leaving the page.
        go: function (href) { window.location.assign(href); },
        apply: function (root) {
            var mode = stored();
            if (mode) { apply(root, mode); }
        }
    };

    if (!sheet) {
        return api;
    }
    var mode = stored();
    if (mode) {
        apply(document, mode);
        showCurrent(mode);
    }
    // Capture: Leaflet stops clicks inside a popup from bubbling to the map.
    document.addEventListener('click', function (e) {
        var link = e.target.closest ? e.target.closest('a[data-nav]') : null;
        if (link && !stored()) {
            e.preventDefault();
            open(link);
        }
    }, true);
    sheet.querySelectorAll('button[data-mode]').forEach(function (button) {
        button.addEventListener('click', function () {
            var chosen = button.getAttribute('data-mode');
            var link = pending;
            store(chosen);
            apply(document, chosen);
            showCurrent(chosen);
            close();
            if (link) { api.go(link.getAttribute('href')); }
        });
    });
    document.getElementById('nav-mode-cancel').addEventListener('click', close);
    var change = document.getElementById('nav-mode-change');
    if (change) {
        change.addEventListener('click', function () { open(null); });
    }
    document.addEventListener('keydown', function (e) {
        if (e.key === 'Escape' && !sheet.hidden) { close(); }
    });
    return api;
})();

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
    // styled by its state (open, closing within 30 minutes, closed) as the legend shows, each opening a popup with
    // its name as a link, the distance, the state and the navigation links of the list (in the chosen mode).
    var STYLES = {
        OPEN: {color: '#146c43', fillColor: '#198754', fillOpacity: 0.9, weight: 2},
        CLOSING_SOON: {color: '#984c0c', fillColor: '#fd7e14', fillOpacity: 0.9, weight: 3},
        CLOSED: {color: '#6c757d', fillColor: '#ffffff', fillOpacity: 1, weight: 2, dashArray: '3 3'}
    };

    function text(tag, className, value) {
        var node = document.createElement(tag);
        node.className = className;
        node.textContent = value == null ? '' : String(value);
        return node;
    }

    function popup(li) {
        return function () {
            var box = document.createElement('div');
            box.className = 'station-popup';
            var name = text('a', 'popup-name fw-semibold', li.getAttribute('data-name'));
            name.href = li.querySelector('a.station-name').getAttribute('href');
            box.appendChild(name);
            var line = document.createElement('div');
            line.appendChild(text('span', 'popup-distance', li.getAttribute('data-distance')));
            line.appendChild(document.createTextNode(' · '));
            line.appendChild(text('span', 'popup-state state-text-' + li.getAttribute('data-state'),
                li.getAttribute('data-state-label')));
            box.appendChild(line);
            var nav = li.querySelector('.nav-links');
            if (nav) {
                var links = nav.cloneNode(true);
                links.removeAttribute('id');
                box.appendChild(links);
            }
            return box;
        };
    }

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
            var state = li.getAttribute('data-state');
            var style = L.extend({className: 'station-marker marker-' + state}, STYLES[state] || STYLES.OPEN);
            PortalMap.marker(nm, p, style, {content: popup(li)});
        });
        // The first view without animation: a phone draws it once, and a tap lands where the marker is drawn.
        if (points.length > 1) { nm.fitBounds(points, {padding: [20, 20], maxZoom: 16, animate: false}); }
    }
})();
