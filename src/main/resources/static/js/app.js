// Small behaviours without inline scripts (the Content-Security-Policy forbids them).
(function () {
    'use strict';
    // Forms with data-confirm ask before a destructive action.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var question = form.getAttribute && form.getAttribute('data-confirm');
        if (question && !window.confirm(question)) {
            event.preventDefault();
        }
    }, true);
})();
