/*
 * Images in posts: pasted, dropped or picked ("Indsæt billede"), each is uploaded to the case
 * (/post-images, stored through the attachments module) and put in the editor at the cursor as
 * <img src="/files/{id}/inline">: the only image address the server keeps in a post. Quill would
 * otherwise embed the image as a data: address, which the server removes. A refused image leaves
 * the text as it was and says why, in the page's language (the server's answer).
 *
 * The handlers are delegated from the document, so they survive the editor being rendered again
 * by an ajax update of the form.
 */
(function ($) {
    var EDITOR = '[data-post-images]';

    function container() {
        return document.querySelector(EDITOR);
    }

    function quill() {
        var host = container();
        var widget = host && PF(host.getAttribute('data-widget'));
        return widget ? widget.editor : null;
    }

    function status(text, isError) {
        var line = document.getElementById('postImageStatus');
        if (line) {
            line.textContent = text || '';
            line.className = isError ? 'portal-error' : 'portal-muted';
        }
    }

    function upload(file) {
        var host = container();
        var editor = quill();
        if (!host || !editor) {
            return;
        }
        var at = (editor.getSelection(true) || {index: editor.getLength()}).index;
        var body = new FormData();
        body.append('image', file, file.name || 'image.png');
        status(host.getAttribute('data-uploading'), false);
        fetch(host.getAttribute('data-upload-url'), {method: 'POST', body: body, credentials: 'same-origin'})
            .then(function (response) {
                return response.json().catch(function () {
                    return {error: host.getAttribute('data-failed')};
                });
            })
            .then(function (answer) {
                if (answer.url) {
                    editor.insertEmbed(at, 'image', answer.url, 'user');
                    editor.setSelection(at + 1, 0, 'silent');
                    status('', false);
                } else {
                    status(answer.error || host.getAttribute('data-failed'), true);
                }
            })
            .catch(function () {
                status(host.getAttribute('data-failed'), true);
            });
    }

    function images(files) {
        return Array.prototype.filter.call(files || [], function (file) {
            return file.type && file.type.indexOf('image/') === 0;
        });
    }

    function inEditor(target) {
        var host = container();
        return host && target && host.contains(target);
    }

    // Capture phase: before Quill reads the pasted or dropped image into a data: address.
    document.addEventListener('paste', function (event) {
        var files = images(event.clipboardData && event.clipboardData.files);
        if (inEditor(event.target) && files.length) {
            event.preventDefault();
            event.stopPropagation();
            files.forEach(upload);
        }
    }, true);
    document.addEventListener('drop', function (event) {
        var files = images(event.dataTransfer && event.dataTransfer.files);
        if (inEditor(event.target) && files.length) {
            event.preventDefault();
            event.stopPropagation();
            files.forEach(upload);
        }
    }, true);
    $(document).on('change', '#postImagePicker', function () {
        images(this.files).forEach(upload);
        this.value = '';
    });
    $(document).on('click', '#postImageButton', function () {
        document.getElementById('postImagePicker').click();
    });

    window.casePortalPostImages = {upload: upload};
})(jQuery);
