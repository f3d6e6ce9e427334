// Governance reporting page: the location from the browser or a tap on the map (PortalMap, map.js), the suggested
// community, earlier cases of the same category nearby (to avoid duplicates, or to follow one instead), and the
// photos checked and shown before sending. No inline scripts (CSP).
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

    function followForm(row) {
        var f = document.createElement('div');
        f.className = 'follow-form mt-1';
        var phone = null;
        if (box.getAttribute('data-anonymous') === 'true') {
            phone = document.createElement('input');
            phone.type = 'tel';
            phone.className = 'form-control form-control-sm mb-1';
            phone.setAttribute('aria-label', box.getAttribute('data-follow-phone'));
            phone.placeholder = box.getAttribute('data-follow-phone');
            phone.id = 'follow-phone-' + row.caseNo;
            var typed = document.getElementById('phone');
            phone.value = typed ? typed.value : '';
            f.appendChild(phone);
        }
        var consent = document.createElement('input');
        consent.type = 'checkbox';
        consent.className = 'form-check-input me-1';
        consent.id = 'follow-consent-' + row.caseNo;
        var label = document.createElement('label');
        label.htmlFor = consent.id;
        label.className = 'form-check-label small';
        label.textContent = box.getAttribute('data-follow-consent');
        var help = document.createElement('div');
        help.className = 'small text-muted';
        help.textContent = box.getAttribute('data-follow-help');
        var send = document.createElement('button');
        send.type = 'button';
        send.className = 'btn btn-sm btn-party mt-1';
        send.id = 'follow-submit-' + row.caseNo;
        send.textContent = box.getAttribute('data-follow-submit');
        var result = document.createElement('div');
        result.className = 'small mt-1';
        result.setAttribute('role', 'status');
        send.addEventListener('click', function () {
            var data = new URLSearchParams();
            data.append('caseNo', row.caseNo);
            data.append('smsConsent', consent.checked ? 'true' : 'false');
            if (phone) {
                data.append('phone', phone.value);
            }
            data.append('_csrf', form.querySelector('input[name=_csrf]').value);
            fetch(box.getAttribute('data-follow-url'), {method: 'POST', body: data, credentials: 'same-origin',
                headers: {'Accept': 'application/json'}})
                .then(function (r) { return r.json(); })
                .then(function (answer) {
                    result.textContent = answer.errors && answer.errors.length
                        ? answer.errors[0].message : box.getAttribute('data-followed');
                    result.className = 'small mt-1 ' + (answer.errors && answer.errors.length ? 'text-danger' : 'text-success');
                })
                .catch(function () { result.textContent = ''; });
        });
        [consent, label, help, send, result].forEach(function (n) { f.appendChild(n); });
        return f;
    }

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
            list.className = 'mb-0 ps-3';
            rows.forEach(function (row) {
                var li = document.createElement('li');
                li.className = 'duplicate mt-1';
                var what = document.createElement('div');
                what.textContent = row.categoryLabel + ' · ' + row.statusLabel + ' · ' + row.metres + ' '
                    + box.getAttribute('data-metres') + ' · ' + row.caseNo;
                li.appendChild(what);
                if (row.summary) {
                    var summary = document.createElement('div');
                    summary.className = 'small';
                    summary.textContent = row.summary;
                    li.appendChild(summary);
                }
                if (row.status !== 'CLOSED' && row.status !== 'REJECTED') {
                    var follow = document.createElement('button');
                    follow.type = 'button';
                    follow.className = 'btn btn-sm btn-outline-secondary mt-1';
                    follow.id = 'follow-' + row.caseNo;
                    follow.textContent = box.getAttribute('data-follow');
                    follow.addEventListener('click', function () {
                        follow.replaceWith(followForm(row));
                    });
                    li.appendChild(follow);
                }
                list.appendChild(li);
            });
            box.appendChild(list);
            box.classList.remove('d-none');
        }).catch(function () { /* duplicates are only a hint */ });
    }

    // Photos are checked on the phone before anything is sent (type, size, how many with those kept from a refused
    // attempt), and shown as thumbnails, each with a button that takes it off again.
    var photos = document.getElementById('photos');
    var photoCheck = document.getElementById('photos-check');
    var previews = document.getElementById('photo-previews');
    var TYPES = ['image/jpeg', 'image/png', 'image/webp'];

    function keptCount() {
        var kept = document.querySelectorAll('#draft-photos input[name=removePhotos]');
        return Array.prototype.filter.call(kept, function (c) { return !c.checked; }).length;
    }

    function photoProblem() {
        if (!photos) {
            return null;
        }
        var files = Array.prototype.slice.call(photos.files || []);
        if (files.length + keptCount() > parseInt(photos.getAttribute('data-max-count'), 10)) {
            return photos.getAttribute('data-error-count');
        }
        var max = parseInt(photos.getAttribute('data-max-bytes'), 10);
        for (var i = 0; i < files.length; i++) {
            if (TYPES.indexOf(files[i].type) < 0) {
                return photos.getAttribute('data-error-type') + ' (' + files[i].name + ')';
            }
            if (files[i].size > max) {
                return photos.getAttribute('data-error-size') + ' (' + files[i].name + ')';
            }
        }
        return null;
    }

    function showPhotos() {
        var problem = photoProblem();
        photoCheck.textContent = problem || '';
        photos.classList.toggle('is-invalid', !!problem);
        previews.textContent = '';
        Array.prototype.forEach.call(photos.files || [], function (file, index) {
            if (TYPES.indexOf(file.type) < 0) {
                return;
            }
            var figure = document.createElement('figure');
            figure.className = 'report-thumb mb-0';
            var img = document.createElement('img');
            img.className = 'draft-photo';
            img.alt = file.name;
            img.src = URL.createObjectURL(file);
            img.addEventListener('load', function () { URL.revokeObjectURL(img.src); });
            var remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'btn btn-sm btn-outline-secondary d-block mt-1';
            remove.textContent = photos.getAttribute('data-remove');
            remove.addEventListener('click', function () {
                var keep = new DataTransfer();
                Array.prototype.forEach.call(photos.files, function (f, i) {
                    if (i !== index) {
                        keep.items.add(f);
                    }
                });
                photos.files = keep.files;
                showPhotos();
            });
            figure.appendChild(img);
            figure.appendChild(remove);
            previews.appendChild(figure);
        });
    }

    if (photos && photoCheck && previews) {
        photos.addEventListener('change', showPhotos);
        document.addEventListener('change', function (event) {
            if (event.target.name === 'removePhotos') {
                showPhotos();
            }
        });
        form.addEventListener('submit', function (event) {
            var problem = photoProblem();
            if (problem) {
                event.preventDefault();
                photoCheck.textContent = problem;
                photos.focus();
            }
        });
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
