// Small behaviours without inline scripts (the Content-Security-Policy forbids them), and the helpers the page
// scripts share (window.Portal). Loaded by the layout on every page, before the page's own scripts.
window.Portal = (function () {
    'use strict';
    // Forms with data-confirm ask before a destructive action.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var question = form.getAttribute && form.getAttribute('data-confirm');
        if (question && !window.confirm(question)) {
            event.preventDefault();
        }
    }, true);
    // Buttons with data-print open the browser's print dialog (the print stylesheet hides navigation and forms).
    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[data-print]');
        if (button) {
            window.print();
        }
    });

    return {
        // GETs JSON; an answer that is not 2xx gives an empty list (what the pages show as "nothing").
        getJson: function (url) {
            return fetch(url, {headers: {'Accept': 'application/json'}}).then(function (response) {
                return response.ok ? response.json() : [];
            });
        },
        // Asks the browser for the location: found(lat, lng) in WGS-84, or failed() when it is refused, times out
        // or the browser has no geolocation. maximumAge (ms, 0 unless given) accepts a recent cached position.
        locate: function (found, failed, maximumAge) {
            if (!navigator.geolocation) {
                failed();
                return;
            }
            navigator.geolocation.getCurrentPosition(function (position) {
                found(position.coords.latitude, position.coords.longitude);
            }, function () {
                failed();
            }, {enableHighAccuracy: true, timeout: 10000, maximumAge: maximumAge || 0});
        }
    };
})();
