// Organizations feature: the print button of the feedback letter (no inline scripts under the CSP).
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var target = event.target.closest && event.target.closest('[data-print]');
        if (target) {
            window.print();
        }
    });
})();
