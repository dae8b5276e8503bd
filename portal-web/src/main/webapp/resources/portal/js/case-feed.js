/*
 * Marks what the feed's search found: in the posts' text and the authors' names, with <mark>
 * around each hit. Works on text nodes only, so the posts' markup is never rebuilt from strings.
 */
(function ($) {
    function highlight() {
        var feed = document.getElementById('caseFeed');
        var search = feed ? (feed.getAttribute('data-search') || '').trim().toLowerCase() : '';
        if (!search) {
            return;
        }
        feed.querySelectorAll('.feed-body, .feed-author, .feed-history-text').forEach(function (part) {
            var walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
            var texts = [];
            while (walker.nextNode()) {
                texts.push(walker.currentNode);
            }
            texts.forEach(function (node) {
                var text = node.nodeValue;
                var at = text.toLowerCase().indexOf(search);
                if (at < 0) {
                    return;
                }
                var hit = node.splitText(at);
                hit.splitText(search.length);
                var mark = document.createElement('mark');
                mark.textContent = hit.nodeValue;
                hit.parentNode.replaceChild(mark, hit);
            });
        });
    }
    $(highlight);
    $(document).on('pfAjaxComplete', highlight);
})(jQuery);
