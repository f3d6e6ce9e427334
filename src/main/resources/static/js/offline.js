// Weak signal (issue 13, point 5), on every page: registers the offline worker (/sw.js), says when a page shown
// without a connection was saved, and keeps reports filed offline on the phone (IndexedDB, photos included) until
// the connection returns; then sends them (on the online event or the next page load) and shows each one's case
// number, or why the server refused it, with the report editable again. The report page shows the queue (待发送)
// in #report-queue, whose data- attributes hold its texts. No inline scripts (CSP), no framework.
window.PortalOffline = (function () {
    'use strict';
    var me = document.currentScript;
    var config = me ? me.dataset : {};
    var DB = 'portal-offline';
    var STORE = 'reports';
    var STALE_SENDING_MS = 120000;

    if ('serviceWorker' in navigator && config.sw) {
        navigator.serviceWorker.register(config.sw, {scope: config.scope || '/'}).catch(function () {
            /* the pages work without it */
        });
    }

    function savedNote() {
        var savedAt = document.documentElement.getAttribute('data-saved-at');
        var main = document.querySelector('main');
        if (!savedAt || !main || !config.savedNote) {
            return;
        }
        var note = document.createElement('div');
        note.className = 'alert alert-secondary small';
        note.id = 'offline-saved-at';
        note.setAttribute('role', 'status');
        var time = new Date(savedAt);
        note.textContent = config.savedNote.replace('{0}', isNaN(time) ? savedAt
            : time.toLocaleString(document.documentElement.lang || undefined));
        main.insertBefore(note, main.firstChild);
    }

    // The queue's store: one object per report {id, savedAt, label, fields: [[name, value]], photos: [{name, type,
    // blob}], state: waiting | sending | refused | sent, errors: [{field, message}], caseNo}.
    function db() {
        return new Promise(function (resolve, reject) {
            var open = indexedDB.open(DB, 1);
            open.onupgradeneeded = function () {
                open.result.createObjectStore(STORE, {keyPath: 'id', autoIncrement: true});
            };
            open.onsuccess = function () { resolve(open.result); };
            open.onerror = function () { reject(open.error); };
        });
    }

    function tx(mode, work) {
        return db().then(function (d) {
            return new Promise(function (resolve, reject) {
                var t = d.transaction(STORE, mode);
                var result = work(t.objectStore(STORE));
                t.oncomplete = function () { resolve(result && result.result !== undefined ? result.result : result); };
                t.onerror = function () { reject(t.error); };
            });
        });
    }

    function all() {
        return tx('readonly', function (s) { return s.getAll(); }).then(function (rows) { return rows || []; });
    }

    function put(report) {
        return tx('readwrite', function (s) { return s.put(report); });
    }

    function remove(id) {
        return tx('readwrite', function (s) { return s.delete(id); });
    }

    // Keeps the form's fields and photos on the phone, for sending later.
    function save(form) {
        var data = new FormData(form);
        var fields = [];
        var photos = [];
        data.forEach(function (value, name) {
            if (name === '_csrf') {
                return;
            }
            if (value instanceof Blob) {
                if (value.size > 0) {
                    photos.push({name: value.name || 'photo', type: value.type, blob: value});
                }
            } else {
                fields.push([name, value]);
            }
        });
        var category = form.querySelector('select[name=category]');
        var description = form.querySelector('[name=description]');
        var label = (category && category.selectedIndex > 0 ? category.options[category.selectedIndex].text : '')
            + (description && description.value ? ' · ' + description.value.substring(0, 30) : '');
        return put({savedAt: new Date().toISOString(), label: label, fields: fields, photos: photos,
            state: 'waiting', errors: []});
    }

    // A fresh CSRF token of the session: the page the report was typed on may be a saved copy.
    function token() {
        return fetch(config.formUrl, {credentials: 'same-origin', cache: 'no-store'}).then(function (r) {
            if (!r.ok) {
                throw new Error('no form');
            }
            return r.text();
        }).then(function (html) {
            var input = new DOMParser().parseFromString(html, 'text/html').querySelector('input[name=_csrf]');
            if (!input) {
                throw new Error('no token');
            }
            return input.value;
        });
    }

    function sendOne(report, csrf) {
        var data = new FormData();
        report.fields.forEach(function (f) { data.append(f[0], f[1]); });
        report.photos.forEach(function (p) { data.append('photos', p.blob, p.name); });
        data.append('_csrf', csrf);
        report.state = 'sending';
        report.sendingSince = Date.now();
        return put(report).then(function () {
            return fetch(config.queueUrl, {method: 'POST', body: data, credentials: 'same-origin',
                headers: {'Accept': 'application/json', 'X-CSRF-TOKEN': csrf}});
        }).then(function (response) {
            if (response.ok || response.status === 422) {
                return response.json().then(function (answer) {
                    report.state = response.ok ? 'sent' : 'refused';
                    report.caseNo = answer.caseNo;
                    report.errors = answer.errors || [];
                    if (response.ok) {
                        report.photos = [];
                    }
                    return put(report);
                });
            }
            throw new Error('not now: ' + response.status);
        }).catch(function () {
            report.state = 'waiting';
            return put(report);
        });
    }

    var sending = null;

    // Sends every waiting report, one after the other; the queue's view is drawn again after each.
    function send() {
        if (sending || !navigator.onLine || !config.queueUrl) {
            return sending || Promise.resolve();
        }
        sending = all().then(function (rows) {
            var due = rows.filter(function (r) {
                return r.state === 'waiting'
                    || (r.state === 'sending' && Date.now() - (r.sendingSince || 0) > STALE_SENDING_MS);
            });
            if (!due.length) {
                return null;
            }
            return token().then(function (csrf) {
                return due.reduce(function (chain, r) {
                    return chain.then(function () { return sendOne(r, csrf); }).then(render);
                }, Promise.resolve());
            });
        }).catch(function () { /* tried again on the next online event or page */ }).then(function () {
            sending = null;
            return render();
        });
        return sending;
    }

    var listeners = [];

    function render() {
        return all().then(function (rows) {
            listeners.forEach(function (l) { l(rows); });
            return rows;
        });
    }

    function init() {
        savedNote();
        if (!window.indexedDB) {
            return;
        }
        window.addEventListener('online', send);
        render().then(send);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }

    return {
        save: save,
        send: send,
        token: token,
        remove: remove,
        all: all,
        // Calls listener(rows) whenever the queue changes.
        onChange: function (listener) { listeners.push(listener); }
    };
})();
