// The portal's one map module (Leaflet), loaded after leaflet.js and before the page scripts that draw maps.
//
// A map element gives its tiles in data- attributes: data-tile-url, data-subdomains, data-attribution, and data-gcj
// ("true" when the tiles are drawn in GCJ-02, as Amap's are). Points the server renders into data-lat/data-lng are
// already in the tiles' system (the server shifts them). Points the browser produces or reads from form fields are
// WGS-84: this module shifts them onto GCJ-02 tiles before drawing them, and turns a tap on GCJ-02 tiles back into
// WGS-84 before a page uses it. Marker labels are set as text, never as HTML. No inline scripts (CSP).
window.PortalMap = (function () {
    'use strict';

    var RED = '#c8161d';
    // Where a map without any point starts (the portal's district).
    var HOME = [41.11, 122.99];

    // WGS-84 → GCJ-02 and back: the same formula as ChinaCoordinates.java (Krasovsky ellipsoid; the inverse by
    // fixed-point iteration). Points outside mainland China are left unchanged, as the maps themselves do.
    var A = 6378245.0;
    var EE = 0.00669342162296594323;

    function outsideChina(lat, lng) {
        return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    function transformLat(x, y) {
        var ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    function transformLng(x, y) {
        var ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }

    function wgs84ToGcj02(lat, lng) {
        if (outsideChina(lat, lng)) {
            return [lat, lng];
        }
        var dLat = transformLat(lng - 105.0, lat - 35.0);
        var dLng = transformLng(lng - 105.0, lat - 35.0);
        var radLat = lat / 180.0 * Math.PI;
        var magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        var sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return [lat + dLat, lng + dLng];
    }

    function gcj02ToWgs84(lat, lng) {
        if (outsideChina(lat, lng)) {
            return [lat, lng];
        }
        var wLat = lat;
        var wLng = lng;
        for (var i = 0; i < 30; i++) {
            var g = wgs84ToGcj02(wLat, wLng);
            var dLat = g[0] - lat;
            var dLng = g[1] - lng;
            wLat -= dLat;
            wLng -= dLng;
            if (Math.abs(dLat) < 1e-10 && Math.abs(dLng) < 1e-10) {
                break;
            }
        }
        return [wLat, wLng];
    }

    // Whether the element's tiles are drawn in GCJ-02.
    function gcj(el) {
        return el.getAttribute('data-gcj') === 'true';
    }

    // A WGS-84 point where it is drawn on the element's tiles.
    function toTiles(el, lat, lng) {
        return gcj(el) ? wgs84ToGcj02(lat, lng) : [lat, lng];
    }

    // A point on the element's tiles (a Leaflet LatLng or [lat, lng]) in WGS-84.
    function toWgs(el, latlng) {
        var p = L.latLng(latlng);
        return gcj(el) ? gcj02ToWgs84(p.lat, p.lng) : [p.lat, p.lng];
    }

    function number(el, name) {
        var v = parseFloat(el.getAttribute(name));
        return isNaN(v) ? null : v;
    }

    // The element's data-lat/data-lng as [lat, lng], or null when either is missing.
    function point(el) {
        var lat = number(el, 'data-lat');
        var lng = number(el, 'data-lng');
        return lat === null || lng === null ? null : [lat, lng];
    }

    // A Leaflet map on the element with the configured tiles; options go to L.map.
    function create(el, options) {
        var map = L.map(el, options || {});
        var tileOptions = {maxZoom: 19, attribution: el.getAttribute('data-attribution') || ''};
        var sub = el.getAttribute('data-subdomains');
        if (sub) {
            tileOptions.subdomains = sub;
        }
        L.tileLayer(el.getAttribute('data-tile-url'), tileOptions).addTo(map);
        return map;
    }

    // Only http(s) and same-site links go into a popup.
    function safeHref(href) {
        try {
            var url = new URL(href, window.location.href);
            return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
        } catch (e) {
            return null;
        }
    }

    // A label as a DOM node: a link when href is given, else plain text.
    function label(text, href) {
        var node = document.createElement(href ? 'a' : 'span');
        node.textContent = text == null ? '' : String(text);
        if (href) {
            node.href = href;
        }
        return node;
    }

    // A round marker. style goes to L.circleMarker (radius 9 and the party red unless given). text (optional):
    // {tooltip: 'name'} shows the name on hover; {popup: 'name', href: url} opens it, as a link when href is given,
    // on a tap; {content: function} opens the DOM node the function builds. All are built as text nodes, so a name
    // holding markup shows that markup as characters.
    function marker(map, latlng, style, text) {
        var options = L.extend({radius: 9, color: RED}, style || {});
        var m = L.circleMarker(latlng, options).addTo(map);
        if (text && text.tooltip) {
            m.bindTooltip(function () { return label(text.tooltip); });
        }
        if (text && text.popup) {
            var href = text.href ? safeHref(text.href) : null;
            m.bindPopup(function () { return label(text.popup, href); });
        }
        if (text && text.content) {
            m.bindPopup(text.content);
        }
        return m;
    }

    // Calls then(lat, lng, latlng) on each tap on the map: lat and lng in WGS-84, latlng where it was tapped on the
    // tiles.
    function onTap(el, map, then) {
        map.on('click', function (e) {
            var wgs = toWgs(el, e.latlng);
            then(wgs[0], wgs[1], e.latlng);
        });
    }

    // The location picker of a form: the map on el, the coordinate inputs fields.lat and fields.lng, and the hidden
    // fields.system (WGS84 or GCJ02: the system the inputs are in). A tap writes the point in WGS-84 (options.decimals
    // digits, 6 unless given) and moves the marker; typing into the inputs marks them WGS-84. The map starts at the
    // inputs' point, or the element's data-lat/data-lng, or the district. options.onPick runs after each tap and set.
    // Returns {map, set(lat, lng)}: set puts a WGS-84 point (from the browser's location) into the inputs and the map.
    function picker(el, fields, options) {
        options = options || {};
        var decimals = options.decimals || 6;
        var system = fields.system;

        function typedPoint() {
            var lat = parseFloat(fields.lat.value);
            var lng = parseFloat(fields.lng.value);
            if (isNaN(lat) || isNaN(lng)) {
                return null;
            }
            var wgs = system && system.value === 'GCJ02' ? gcj02ToWgs84(lat, lng) : [lat, lng];
            return toTiles(el, wgs[0], wgs[1]);
        }

        var start = typedPoint() || point(el);
        var map = create(el).setView(start || HOME, start ? 16 : 12);
        var pin = start ? marker(map, start) : null;

        function show(latlng) {
            if (pin) {
                pin.setLatLng(latlng);
            } else {
                pin = marker(map, latlng);
            }
        }

        function write(lat, lng) {
            fields.lat.value = lat.toFixed(decimals);
            fields.lng.value = lng.toFixed(decimals);
            if (system) {
                system.value = 'WGS84';
            }
        }

        onTap(el, map, function (lat, lng, latlng) {
            write(lat, lng);
            show(latlng);
            if (options.onPick) {
                options.onPick();
            }
        });
        [fields.lat, fields.lng].forEach(function (input) {
            input.addEventListener('input', function () {
                if (system) {
                    system.value = 'WGS84';
                }
            });
        });

        return {
            map: map,
            set: function (lat, lng) {
                write(lat, lng);
                var at = toTiles(el, lat, lng);
                show(at);
                map.setView(at, 16);
                if (options.onPick) {
                    options.onPick();
                }
            }
        };
    }

    return {
        wgs84ToGcj02: wgs84ToGcj02,
        gcj02ToWgs84: gcj02ToWgs84,
        toTiles: toTiles,
        toWgs: toWgs,
        point: point,
        create: create,
        marker: marker,
        onTap: onTap,
        picker: picker
    };
})();
