// The report page's queue (待发送) of reports kept on the phone (PortalOffline, offline.js): a report submitted
// without a connection is kept instead of lost; each kept report shows its state, its case number once sent, or
// the server's reasons when it was refused, and then goes back into the form (fields and photos) to be corrected.
(function () {
    'use strict';
    var box = document.getElementById('report-queue');
    var form = document.getElementById('report-form');
    if (!box || !form || !window.PortalOffline || !window.indexedDB) {
        return;
    }
    var list = document.getElementById('report-queue-list');
    var status = document.getElementById('report-offline-status');
    var text = box.dataset;

    function button(label, id, onClick) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'btn btn-sm btn-outline-secondary me-2 mt-1';
        b.textContent = label;
        b.id = id;
        b.addEventListener('click', onClick);
        return b;
    }

    function say(message) {
        status.textContent = message;
        status.classList.remove('d-none');
        status.scrollIntoView({block: 'nearest'});
    }

    // Puts a kept report back into the form, photos included, and takes it off the queue.
    function edit(report) {
        report.fields.forEach(function (f) {
            var inputs = form.querySelectorAll('[name="' + f[0] + '"]');
            Array.prototype.forEach.call(inputs, function (input) {
                if (input.type === 'radio' || input.type === 'checkbox') {
                    input.checked = input.value === f[1];
                } else if (input.type !== 'file') {
                    input.value = f[1];
                }
            });
        });
        var photos = document.getElementById('photos');
        if (photos && window.DataTransfer) {
            var files = new DataTransfer();
            report.photos.forEach(function (p) {
                files.items.add(new File([p.blob], p.name, {type: p.type}));
            });
            photos.files = files.files;
            photos.dispatchEvent(new Event('change'));
        }
        (report.errors || []).forEach(function (e) {
            var field = e.field && form.querySelector('[name="' + e.field + '"]');
            if (field) {
                field.classList.add('is-invalid');
            }
        });
        ['lat', 'lng'].forEach(function (id) {
            var el = document.getElementById(id);
            if (el) {
                el.dispatchEvent(new Event('change'));
            }
        });
        PortalOffline.remove(report.id).then(draw);
        say(text.editing);
    }

    function item(report) {
        var li = document.createElement('li');
        li.className = 'border-top py-2 queued-report';
        li.id = 'queued-' + report.id;
        li.setAttribute('data-state', report.state);
        var what = document.createElement('div');
        what.textContent = (report.label || '') + ' · ' + text.saved + ' '
            + new Date(report.savedAt).toLocaleString(document.documentElement.lang || undefined)
            + (report.photos && report.photos.length ? ' · ' + text.photos.replace('{0}', report.photos.length) : '');
        li.appendChild(what);
        var state = document.createElement('div');
        state.className = 'small fw-bold queued-state';
        li.appendChild(state);
        if (report.state === 'sent') {
            state.textContent = text.sent + ' ';
            var no = document.createElement('a');
            no.className = 'queued-case-no';
            no.textContent = report.caseNo;
            no.href = text.trackUrl + '?caseNo=' + encodeURIComponent(report.caseNo);
            state.appendChild(no);
            li.appendChild(button(text.dismiss, 'dismiss-' + report.id, function () {
                PortalOffline.remove(report.id).then(draw);
            }));
        } else if (report.state === 'refused') {
            state.className += ' text-danger';
            state.textContent = text.refused;
            var reasons = document.createElement('ul');
            reasons.className = 'small text-danger mb-1 queued-reasons';
            (report.errors || []).forEach(function (e) {
                var r = document.createElement('li');
                r.textContent = e.message;
                reasons.appendChild(r);
            });
            li.appendChild(reasons);
            li.appendChild(button(text.edit, 'edit-' + report.id, function () { edit(report); }));
            li.appendChild(button(text['delete'], 'delete-' + report.id, function () {
                PortalOffline.remove(report.id).then(draw);
            }));
        } else {
            state.textContent = report.state === 'sending' ? text.sending : text.waiting;
        }
        return li;
    }

    function show(rows) {
        list.textContent = '';
        rows.forEach(function (r) { list.appendChild(item(r)); });
        box.classList.toggle('d-none', rows.length === 0);
    }

    function draw() {
        return PortalOffline.all().then(show);
    }

    PortalOffline.onChange(show);

    // Without a connection the form is kept on the phone instead of being sent (after the page's own checks). A
    // saved copy of the page sent online first gets a fresh token: its session may have ended meanwhile.
    var refreshed = false;
    form.addEventListener('submit', function (event) {
        if (event.defaultPrevented) {
            return;
        }
        if (navigator.onLine) {
            if (document.documentElement.hasAttribute('data-saved-at') && !refreshed) {
                event.preventDefault();
                PortalOffline.token().then(function (csrf) {
                    form.querySelector('input[name=_csrf]').value = csrf;
                }).catch(function () { /* sent with the token it has */ }).then(function () {
                    refreshed = true;
                    form.requestSubmit();
                });
            }
            return;
        }
        event.preventDefault();
        PortalOffline.save(form).then(function () {
            form.reset();
            var photos = document.getElementById('photos');
            if (photos) {
                photos.dispatchEvent(new Event('change'));
            }
            say(text.kept);
            return draw();
        });
    });
})();
