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
    // Buttons with data-print open the browser's print dialog (the print stylesheet hides navigation and forms).
    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[data-print]');
        if (button) {
            window.print();
        }
    });
})();
