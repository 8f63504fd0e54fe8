// Upload progress for the document forms of a draft. Without this script the forms post as plain multipart forms;
// with it, the same request is sent with XMLHttpRequest so that a progress bar can follow it, and the browser then
// opens the page the server redirected to (it names the outcome of the upload).
(function () {
    'use strict';
    document.querySelectorAll('form.upload').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            var input = form.querySelector('input[type=file]');
            if (!window.FormData || !input || !input.files || input.files.length === 0) {
                return;
            }
            event.preventDefault();
            var progress = form.querySelector('progress');
            var buttons = form.querySelectorAll('button');
            var request = new XMLHttpRequest();
            request.open('POST', form.action);
            request.upload.addEventListener('progress', function (e) {
                if (progress && e.lengthComputable) {
                    progress.hidden = false;
                    progress.value = Math.round(100 * e.loaded / e.total);
                }
            });
            request.addEventListener('load', function () {
                window.location.assign(request.responseURL || window.location.href);
            });
            request.addEventListener('error', function () {
                buttons.forEach(function (b) { b.disabled = false; });
                form.submit();
            });
            buttons.forEach(function (b) { b.disabled = true; });
            if (progress) {
                progress.hidden = false;
                progress.value = 0;
            }
            request.send(new FormData(form));
        });
    });
})();
