// The confirmation page: copies the case number (Clipboard API) and shares it with the tracking link (Web Share
// API, or a copy of both where the browser cannot share). No inline scripts (CSP).
(function (box) {
    'use strict';
    if (!box) {
        return;
    }
    var number = box.getAttribute('data-number');
    var status = document.getElementById('copy-status');
    var link = document.getElementById('track-filed').href;

    function copy(text) {
        var done = function () { status.textContent = box.getAttribute('data-copied'); };
        var failed = function () { status.textContent = box.getAttribute('data-copy-failed') + ' ' + number; };
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(text).then(done, failed);
        } else {
            failed();
        }
    }

    document.getElementById('copy-case-no').addEventListener('click', function () {
        copy(number);
    });
    document.getElementById('share-case-no').addEventListener('click', function () {
        var text = box.getAttribute('data-share-text');
        if (navigator.share) {
            navigator.share({title: box.getAttribute('data-share-title'), text: text, url: link})
                .catch(function () { /* the user closed the share sheet */ });
        } else {
            copy(text + ' ' + link);
        }
    });
    box.classList.remove('d-none');
})(document.getElementById('case-no-actions'));
