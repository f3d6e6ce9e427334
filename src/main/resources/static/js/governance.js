// Governance reporting page: the location from the browser or a tap on the map (PortalMap, map.js), the suggested
// community, and earlier cases of the same category nearby (to avoid duplicates). No inline scripts (CSP).
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
        Portal.getJson(url).then(function (rows) {
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

    function pointChanged() {
        suggestCommunity();
        checkDuplicates();
    }

    // A map pin: tapping the map sets the point in WGS-84 (PortalMap turns a tap on GCJ-02 tiles back).
    var pick = document.getElementById('case-map');
    var system = document.getElementById('coordSystem');
    var pin = pick && window.L && window.PortalMap
        ? PortalMap.picker(pick, {lat: lat, lng: lng, system: system}, {decimals: 6, onPick: pointChanged})
        : null;
    if (!pin) {
        [lat, lng].forEach(function (el) {
            el.addEventListener('input', function () { if (system) { system.value = 'WGS84'; } });
        });
    }

    // Or the browser's location, shown on the map too.
    var locate = document.getElementById('locate-me');
    if (locate) {
        locate.addEventListener('click', function () {
            status.textContent = '…';
            Portal.locate(function (la, lo) {
                if (pin) {
                    pin.set(la, lo);
                } else {
                    lat.value = la.toFixed(6);
                    lng.value = lo.toFixed(6);
                    if (system) {
                        system.value = 'WGS84';
                    }
                    pointChanged();
                }
                status.textContent = status.dataset.found;
            }, function () {
                status.textContent = status.dataset.failed;
            });
        });
    }
    [lat, lng, category].forEach(function (el) {
        if (el) {
            el.addEventListener('change', checkDuplicates);
        }
    });
})();
