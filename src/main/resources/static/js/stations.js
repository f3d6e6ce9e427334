// Care stations (staff pages and a public station page): maps, the location picker and the monthly chart.
// Coordinates in data-lat/data-lng are already in the tiles' system (the server shifts them for GCJ-02 tiles).
(function () {
    'use strict';

    function tiles(el, map) {
        var options = { maxZoom: 19, attribution: el.getAttribute('data-attribution') || '' };
        var sub = el.getAttribute('data-subdomains');
        if (sub) { options.subdomains = sub; }
        L.tileLayer(el.getAttribute('data-tile-url'), options).addTo(map);
    }

    function number(el, name) {
        var v = parseFloat(el.getAttribute(name));
        return isNaN(v) ? null : v;
    }

    // A station's own small map.
    var show = document.getElementById('station-map');
    if (show && window.L) {
        var lat = number(show, 'data-lat'), lng = number(show, 'data-lng');
        var m = L.map(show, { scrollWheelZoom: false }).setView([lat, lng], 16);
        tiles(show, m);
        L.circleMarker([lat, lng], { radius: 9, color: '#c8161d', fillOpacity: 0.8 }).addTo(m)
            .bindTooltip(show.getAttribute('data-name') || '');
    }

    // The form's picker: a tap sets the coordinates (in the tiles' system, said in coordSystem).
    var pick = document.getElementById('pick-map');
    if (pick && window.L) {
        var latInput = document.getElementById('lat');
        var lngInput = document.getElementById('lng');
        var system = document.getElementById('coordSystem');
        var gcj = pick.getAttribute('data-gcj') === 'true';
        var start = [number(pick, 'data-lat') || parseFloat(latInput.value) || 41.11,
            number(pick, 'data-lng') || parseFloat(lngInput.value) || 122.99];
        var pm = L.map(pick).setView(start, latInput.value ? 16 : 12);
        tiles(pick, pm);
        var marker = latInput.value ? L.circleMarker(start, { radius: 9, color: '#c8161d' }).addTo(pm) : null;
        pm.on('click', function (e) {
            latInput.value = e.latlng.lat.toFixed(7);
            lngInput.value = e.latlng.lng.toFixed(7);
            system.value = gcj ? 'GCJ02' : 'WGS84';
            if (marker) { marker.setLatLng(e.latlng); } else {
                marker = L.circleMarker(e.latlng, { radius: 9, color: '#c8161d' }).addTo(pm);
            }
        });
        [latInput, lngInput].forEach(function (input) {
            input.addEventListener('input', function () { system.value = 'WGS84'; });
        });
    }

    // Services per month.
    var chart = document.getElementById('service-chart');
    if (chart && window.echarts) {
        var months = (chart.getAttribute('data-months') || '').split(',');
        var counts = (chart.getAttribute('data-counts') || '').split(',').map(Number);
        var c = echarts.init(chart);
        c.setOption({
            grid: { left: 40, right: 10, top: 20, bottom: 30 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: months.map(function (m) { return m.substring(2); }) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: 'bar', name: chart.getAttribute('data-label'), data: counts, itemStyle: { color: '#c8161d' } }]
        });
        window.addEventListener('resize', function () { c.resize(); });
    }
})();
