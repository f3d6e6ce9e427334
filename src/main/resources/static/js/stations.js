// Care stations (staff pages and a public station page): maps, the location picker and the monthly chart.
// Maps through PortalMap (map.js); coordinates in data-lat/data-lng are already in the tiles' system (the server
// shifts them for GCJ-02 tiles).
(function () {
    'use strict';

    // A station's own small map, its name shown on hover (as text).
    var show = document.getElementById('station-map');
    var at = show && window.L && window.PortalMap ? PortalMap.point(show) : null;
    if (at) {
        var m = PortalMap.create(show, {scrollWheelZoom: false}).setView(at, 16);
        var name = show.getAttribute('data-name');
        PortalMap.marker(m, at, {fillOpacity: 0.8}, name ? {tooltip: name} : null);
    }

    // The form's picker: a tap puts the point, in WGS-84, into the coordinate fields (coordSystem says which system
    // they are in; typing marks them WGS-84).
    var pick = document.getElementById('pick-map');
    if (pick && window.L && window.PortalMap) {
        PortalMap.picker(pick, {
            lat: document.getElementById('lat'),
            lng: document.getElementById('lng'),
            system: document.getElementById('coordSystem')
        }, {decimals: 7});
    }

    // A photo over the limit is refused before it is sent (the server refuses it too).
    var photoForm = document.getElementById('photo-form');
    if (photoForm) {
        photoForm.addEventListener('submit', function (event) {
            var input = photoForm.querySelector('input[type=file]');
            var max = parseInt(photoForm.getAttribute('data-max-bytes'), 10);
            if (input && input.files.length && input.files[0].size > max) {
                event.preventDefault();
                window.alert(photoForm.getAttribute('data-too-large'));
            }
        });
    }

    // Services per month; the tooltip drawn by ECharts, not as HTML (see dashboard.js).
    var chart = document.getElementById('service-chart');
    if (chart && window.echarts) {
        var months = (chart.getAttribute('data-months') || '').split(',');
        var counts = (chart.getAttribute('data-counts') || '').split(',').map(Number);
        var c = echarts.init(chart);
        c.setOption({
            grid: { left: 40, right: 10, top: 20, bottom: 30 },
            tooltip: { trigger: 'axis', renderMode: 'richText' },
            xAxis: { type: 'category', data: months.map(function (m) { return m.substring(2); }) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: 'bar', name: chart.getAttribute('data-label'), data: counts, itemStyle: { color: '#c8161d' } }]
        });
        window.addEventListener('resize', function () { c.resize(); });
    }
})();
