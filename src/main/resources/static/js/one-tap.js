// A station's one-tap service buttons: the tap is sent without leaving the page, and the confirmation opens beside
// the button that was tapped (where the finger is), with 撤销 for a few seconds. Without this script the forms post
// as usual and the page comes back at the button (#serve-KIND). Texts come from data- attributes (no inline script).
(function () {
    'use strict';
    var holder = document.getElementById('one-tap');
    if (!holder || !window.fetch) {
        return;
    }

    function post(url, form) {
        var body = new URLSearchParams();
        var csrf = form.querySelector('input[name="_csrf"]');
        if (csrf) {
            body.set('_csrf', csrf.value);
        }
        var kind = form.querySelector('input[name="kind"]');
        if (kind) {
            body.set('kind', kind.value);
        }
        return fetch(url, {method: 'POST', body: body, headers: {'Accept': 'application/json'}, credentials: 'same-origin'});
    }

    function badge(form, total) {
        var b = form.querySelector('.badge');
        if (b) {
            b.textContent = String(total);
        }
    }

    // The confirmation under the button: a line of text and, while the window lasts, 撤销 with its seconds.
    function confirmBeside(form, text) {
        var old = form.querySelector('.tap-confirm');
        if (old) {
            old.remove();
        }
        var box = document.createElement('div');
        box.className = 'tap-confirm shadow';
        box.setAttribute('role', 'status');
        var line = document.createElement('span');
        line.className = 'tap-confirm-text';
        line.textContent = text;
        box.appendChild(line);
        form.appendChild(box);
        return box;
    }

    function offerUndo(form, box, tap) {
        var undo = document.createElement('button');
        undo.type = 'button';
        undo.className = 'btn btn-light tap-undo';
        var left = tap.undoSeconds;
        function label() {
            undo.textContent = holder.getAttribute('data-undo') + ' (' + left + ')';
        }
        label();
        box.appendChild(undo);
        var timer = window.setInterval(function () {
            left -= 1;
            if (left <= 0) {
                window.clearInterval(timer);
                box.remove();
            } else {
                label();
            }
        }, 1000);
        undo.addEventListener('click', function () {
            window.clearInterval(timer);
            undo.disabled = true;
            post(tap.undoUrl, form).then(function (response) {
                undo.remove();
                if (response.ok) {
                    return response.json().then(function (undone) {
                        badge(form, undone.kindTotal);
                        box.querySelector('.tap-confirm-text').textContent = holder.getAttribute('data-undone');
                    });
                }
                box.querySelector('.tap-confirm-text').textContent = holder.getAttribute(
                    response.status === 409 ? 'data-late' : 'data-failed');
            }).catch(function () {
                box.querySelector('.tap-confirm-text').textContent = holder.getAttribute('data-failed');
            }).then(function () {
                window.setTimeout(function () { box.remove(); }, 3000);
            });
        });
    }

    holder.querySelectorAll('form.one-tap').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = form.querySelector('button[type="submit"]');
            button.disabled = true;
            var name = button.querySelector('span:not(.service-icon):not(.badge)');
            post(form.getAttribute('data-tap-url'), form).then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.json();
            }).then(function (tap) {
                badge(form, tap.kindTotal);
                var box = confirmBeside(form, holder.getAttribute('data-recorded') + (name ? name.textContent : ''));
                offerUndo(form, box, tap);
            }).catch(function () {
                confirmBeside(form, holder.getAttribute('data-failed'));
            }).then(function () {
                button.disabled = false;
            });
        });
    });
})();
