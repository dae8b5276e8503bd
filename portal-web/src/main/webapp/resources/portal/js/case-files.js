/*
 * Checks a chosen or dropped file before PrimeFaces uploads it: a kind not on the allowlist, an
 * empty file or one over the size limit is not sent at all, and the user reads why (texts come
 * from the page, in its language). The server checks every file again; this only saves waiting.
 */
window.casePortalFiles = window.casePortalFiles || {
    accept: function (widget, file, add) {
        var zone = widget.jq.closest('.file-upload');
        var name = file.name || '';
        var dot = name.lastIndexOf('.');
        var extension = dot > 0 ? name.substring(dot + 1).toLowerCase() : '';
        var allowed = String(zone.data('extensions')).split(',');
        var problem = null;
        if (allowed.indexOf(extension) < 0) {
            problem = zone.data('notAllowed');
        } else if (file.size === 0) {
            problem = zone.data('empty');
        } else if (file.size > Number(zone.data('maxFileBytes'))) {
            problem = zone.data('tooLarge');
        }
        if (problem === null) {
            add(file);
            return;
        }
        var item = document.createElement('li');
        item.className = 'ui-message-error';
        // MessageFormat's placeholders, as the server fills them: {0} the file, {1} the limit.
        item.textContent = String(problem).replace('{0}', name).replace('{1}', zone.data('maxFile'));
        zone.find('.file-problems').append(item);
    }
};

/*
 * "Eller slip filer her" belongs inside the area files are dropped on, which PrimeFaces draws
 * (empty until files are added). Put it there on load and after every ajax update that redraws
 * the upload.
 */
(function ($) {
    function placeDropHints() {
        $('.file-upload').each(function () {
            var zone = $(this);
            var area = zone.find('.ui-fileupload-content').first();
            var hint = zone.find('.file-drop-hint').first();
            if (area.length && hint.length && !hint.parent().is(area)) {
                area.prepend(hint);
            }
        });
    }
    $(placeDropHints);
    $(document).on('pfAjaxComplete', placeDropHints);
})(jQuery);
