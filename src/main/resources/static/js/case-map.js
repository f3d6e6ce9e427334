// Cases on maps, through PortalMap (map.js): the case page's small map of where it was reported, and the staff's
// case map (/cases/map): the cases of the user's scope from /cases/map/points as markers coloured by traffic light,
// clustered (Leaflet.markercluster, a cluster takes the colour of its worst case), or as a density layer
// (Leaflet.heat). Points arrive in WGS-84 and are shifted onto GCJ-02 tiles by PortalMap.toTiles. It runs once the
// document has loaded every script, the plugins included (they come after the map module).
document.addEventListener('DOMContentLoaded', function () {
    'use strict';
    if (!window.L || !window.PortalMap) {
        return;
    }

    var COLOURS = {GREEN: '#198754', YELLOW: '#b58100', RED: '#dc3545', NONE: '#6c757d'};
    var WORST = {RED: 3, YELLOW: 2, GREEN: 1, NONE: 0};

    // The case page: one marker, no scroll-wheel zoom (the page scrolls over it).
    var small = document.getElementById('case-location-map');
    var at = small ? PortalMap.point(small) : null;
    if (at) {
        var here = PortalMap.toTiles(small, at[0], at[1]);
        var sm = PortalMap.create(small, {scrollWheelZoom: false}).setView(here, 16);
        PortalMap.marker(sm, here, {fillOpacity: 0.8}, {tooltip: small.getAttribute('data-name')});
    }

    var el = document.getElementById('cases-map');
    var data = document.getElementById('case-map-data');
    if (!el || !data) {
        return;
    }
    var map = PortalMap.create(el).setView([41.11, 122.99], 12);
    var clusters = L.markerClusterGroup ? L.markerClusterGroup({
        showCoverageOnHover: false,
        iconCreateFunction: function (cluster) {
            var worst = 'NONE';
            cluster.getAllChildMarkers().forEach(function (m) {
                if (WORST[m.options.light] > WORST[worst]) {
                    worst = m.options.light;
                }
            });
            return L.divIcon({
                html: '<span>' + cluster.getChildCount() + '</span>',
                className: 'case-cluster case-cluster-' + worst.toLowerCase(),
                iconSize: L.point(40, 40)
            });
        }
    }) : L.layerGroup();
    var heat = null;
    var count = document.getElementById('case-map-count');

    function show(view) {
        var density = view === 'density';
        document.getElementById('view-markers').classList.toggle('active', !density);
        document.getElementById('view-markers').setAttribute('aria-pressed', String(!density));
        document.getElementById('view-density').classList.toggle('active', density);
        document.getElementById('view-density').setAttribute('aria-pressed', String(density));
        if (density) {
            map.removeLayer(clusters);
            if (heat) { heat.addTo(map); }
        } else {
            if (heat) { map.removeLayer(heat); }
            clusters.addTo(map);
        }
        el.setAttribute('data-view', view);
    }

    Portal.getJson(data.getAttribute('data-url')).then(function (answer) {
        var points = answer.points || [];
        var bounds = [];
        var heatPoints = [];
        points.forEach(function (p) {
            var latlng = PortalMap.toTiles(el, p.lat, p.lng);
            bounds.push(latlng);
            heatPoints.push([latlng[0], latlng[1], p.light === 'RED' ? 1 : 0.6]);
            var colour = COLOURS[p.light] || COLOURS.NONE;
            PortalMap.marker(clusters, latlng,
                {color: colour, fillColor: colour, fillOpacity: 0.85, light: p.light, className: 'case-marker'},
                {popup: p.caseNo + ' · ' + p.category + ' · ' + p.status + ' · ' + p.lightLabel, href: p.url});
        });
        if (L.heatLayer) {
            heat = L.heatLayer(heatPoints, {radius: 25, blur: 18, maxZoom: 16});
        }
        var text = points.length ? data.getAttribute('data-count').replace('{0}', points.length)
            : data.getAttribute('data-none');
        if (answer.capped) {
            text += ' ' + data.getAttribute('data-capped').replace('{0}', answer.limit);
        }
        count.textContent = text;
        el.setAttribute('data-points', String(points.length));
        if (bounds.length) {
            map.fitBounds(bounds, {padding: [24, 24], maxZoom: 16});
        }
        show(el.getAttribute('data-view') || 'markers');
    });

    document.getElementById('view-markers').addEventListener('click', function () { show('markers'); });
    document.getElementById('view-density').addEventListener('click', function () { show('density'); });
});
