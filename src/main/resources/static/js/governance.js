// Governance reporting page: fills the location from the browser and shows earlier cases of the same category
// nearby (to avoid duplicates). No inline scripts (CSP).
(function () {
    'use strict';
    var form = document.getElementById('report-form');
    if (!form) {
        return;
    }
    var lat = document.getElementById('lat');
    var lng = document.getElementById('lng');
    var category = document.getElementById('category');
    var status = document.getElementById('locate-status');
    var box = document.getElementById('duplicates');

    function checkDuplicates() {
        if (!box || !lat.value || !lng.value || !category.value) {
            return;
        }
        var url = box.getAttribute('data-url') + '?category=' + encodeURIComponent(category.value)
            + '&lat=' + encodeURIComponent(lat.value) + '&lng=' + encodeURIComponent(lng.value);
        fetch(url, {headers: {'Accept': 'application/json'}}).then(function (r) {
            return r.ok ? r.json() : [];
        }).then(function (rows) {
            box.textContent = '';
            if (!rows.length) {
                box.classList.add('d-none');
                return;
            }
            var title = document.createElement('div');
            title.textContent = box.getAttribute('data-title');
            box.appendChild(title);
            var list = document.createElement('ul');
            list.className = 'mb-0';
            rows.forEach(function (row) {
                var li = document.createElement('li');
                li.textContent = row.caseNo + ' · ' + row.metres + ' m · ' + (row.submittedAt || '').substring(0, 10);
                list.appendChild(li);
            });
            box.appendChild(list);
            box.classList.remove('d-none');
        }).catch(function () { /* duplicates are only a hint */ });
    }

    // Suggests the community whose centre (from its care stations) is nearest, within 3 km, until the reporter
    // chooses one themselves.
    var community = document.getElementById('communityId');
    var touched = false;
    if (community) {
        community.addEventListener('change', function () { touched = true; });
    }
    function suggestCommunity() {
        if (!community || touched || !lat.value || !lng.value) {
            return;
        }
        var la = parseFloat(lat.value);
        var lo = parseFloat(lng.value);
        var best = null;
        var bestMetres = 3000;
        Array.prototype.forEach.call(community.options, function (option) {
            var olat = parseFloat(option.getAttribute('data-lat'));
            var olng = parseFloat(option.getAttribute('data-lng'));
            if (isNaN(olat) || isNaN(olng)) {
                return;
            }
            var dLat = (olat - la) * Math.PI / 180;
            var dLng = (olng - lo) * Math.PI / 180;
            var a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(la * Math.PI / 180) * Math.cos(olat * Math.PI / 180)
                * Math.pow(Math.sin(dLng / 2), 2);
            var metres = 2 * 6371000 * Math.asin(Math.sqrt(a));
            if (metres < bestMetres) {
                bestMetres = metres;
                best = option;
            }
        });
        if (best) {
            community.value = best.value;
        }
    }

    var locate = document.getElementById('locate-me');
    if (locate && navigator.geolocation) {
        locate.addEventListener('click', function () {
            status.textContent = '…';
            navigator.geolocation.getCurrentPosition(function (pos) {
                lat.value = pos.coords.latitude.toFixed(6);
                lng.value = pos.coords.longitude.toFixed(6);
                if (system) {
                    system.value = 'WGS84';
                }
                if (pinMap) {
                    pinMap.setView([pos.coords.latitude, pos.coords.longitude], 16);
                }
                status.textContent = '✓';
                suggestCommunity();
                checkDuplicates();
            }, function () {
                status.textContent = '✗';
            }, {enableHighAccuracy: true, timeout: 10000});
        });
    }
    // A map pin: tapping the map sets the point (in the tiles' coordinate system, converted by the server).
    var pick = document.getElementById('case-map');
    var system = document.getElementById('coordSystem');
    var pinMap = null;
    var marker = null;
    if (pick && window.L) {
        var start = [parseFloat(lat.value) || 41.11, parseFloat(lng.value) || 122.99];
        pinMap = L.map(pick).setView(start, lat.value ? 16 : 12);
        var options = {maxZoom: 19, attribution: pick.getAttribute('data-attribution') || ''};
        if (pick.getAttribute('data-subdomains')) {
            options.subdomains = pick.getAttribute('data-subdomains');
        }
        L.tileLayer(pick.getAttribute('data-tile-url'), options).addTo(pinMap);
        pinMap.on('click', function (e) {
            lat.value = e.latlng.lat.toFixed(6);
            lng.value = e.latlng.lng.toFixed(6);
            system.value = pick.getAttribute('data-gcj') === 'true' ? 'GCJ02' : 'WGS84';
            if (marker) { marker.setLatLng(e.latlng); } else {
                marker = L.circleMarker(e.latlng, {radius: 9, color: '#c8161d'}).addTo(pinMap);
            }
            suggestCommunity();
            checkDuplicates();
        });
    }
    [lat, lng].forEach(function (el) {
        el.addEventListener('input', function () { if (system) { system.value = 'WGS84'; } });
    });
    [lat, lng, category].forEach(function (el) {
        if (el) {
            el.addEventListener('change', checkDuplicates);
        }
    });
})();
