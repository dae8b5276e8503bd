/*
 * "Indlæg" without reloading the page. The feed's tools are a plain GET form (the case page's own
 * address with ?order=…&q=…) and "Vis flere" a plain link, so they work without script; with it, a
 * change fetches only the feed (/cases/feed with the same query), puts it in place and keeps the
 * query in the address, so a reload shows the same feed. Also marks what the search found: in the
 * posts' text and the authors' names, with <mark> around each hit, on text nodes only, so the
 * posts' markup is never rebuilt from strings.
 *
 * window.caseFeed.refresh() fetches the feed again as it is (after a follower was added, say);
 * window.caseFeed.showLatest() from the newest post (after the user shared one).
 */
(function () {
    'use strict';
    var PAGE = 20;
    var tools = document.getElementById('feedTools');
    var list = document.getElementById('feedList');
    var order = document.getElementById('feedOrder');
    var search = document.getElementById('feedSearch');
    var pending = null;
    var typing = null;
    /* The order and search of the feed shown: the refresh button keeps its length only for the same ones. */
    var shownQuery = null;

    function highlight() {
        var feed = document.getElementById('caseFeed');
        var text = feed ? (feed.getAttribute('data-search') || '').trim().toLowerCase() : '';
        if (!text) {
            return;
        }
        feed.querySelectorAll('.feed-body, .feed-author, .feed-history-text').forEach(function (part) {
            var walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
            var texts = [];
            while (walker.nextNode()) {
                texts.push(walker.currentNode);
            }
            texts.forEach(function (node) {
                var at = node.nodeValue.toLowerCase().indexOf(text);
                if (at < 0) {
                    return;
                }
                var hit = node.splitText(at);
                hit.splitText(text.length);
                var mark = document.createElement('mark');
                mark.textContent = hit.nodeValue;
                hit.parentNode.replaceChild(mark, hit);
            });
        });
    }

    highlight();
    if (!tools || !list || !window.fetch || !window.history.replaceState) {
        window.caseFeed = {
            refresh: function () { window.location.reload(); },
            showLatest: function () { window.location.reload(); }
        };
        return;
    }

    /* The feed's part of a query: order, search and how many, leaving out the defaults. */
    function feedParameters(limit) {
        var params = new URLSearchParams();
        if (order.value && order.value !== order.options[0].value) {
            params.set('order', order.value);
        }
        if (search.value.trim()) {
            params.set('q', search.value.trim());
        }
        if (limit > PAGE) {
            params.set('limit', String(limit));
        }
        return params;
    }

    /* The page's address with the feed's query, other parameters (such as ?tab=) kept. */
    function pageAddress(params) {
        var address = new URLSearchParams(window.location.search);
        ['order', 'q', 'limit'].forEach(function (name) {
            address.delete(name);
        });
        params.forEach(function (value, name) {
            address.set(name, value);
        });
        var query = address.toString();
        return window.location.pathname + (query ? '?' + query : '');
    }

    /* The header's language switch comes back to the address it names: keep the feed as shown. */
    function keepAddressOnLanguageSwitch() {
        var languageForm = document.getElementById('languageForm');
        if (languageForm) {
            languageForm.elements.back.value = window.location.pathname + window.location.search;
        }
    }

    function show(limit) {
        var params = feedParameters(limit);
        var query = feedParameters(PAGE).toString();
        if (pending) {
            pending.abort();
        }
        pending = new AbortController();
        list.setAttribute('aria-busy', 'true');
        fetch(tools.dataset.feed + (params.toString() ? '&' + params.toString() : ''),
            {credentials: 'same-origin', signal: pending.signal, headers: {'Accept': 'text/html'}})
            .then(function (response) {
                // Signed out meanwhile, the case gone, or an error page: let the browser go there properly.
                if (!response.ok || response.redirected) {
                    throw new Error('feed unavailable');
                }
                return response.text();
            })
            .then(function (html) {
                pending = null;
                list.innerHTML = html;
                list.dataset.limit = String(limit);
                shownQuery = query;
                list.removeAttribute('aria-busy');
                history.replaceState(history.state, '', pageAddress(params) + window.location.hash);
                keepAddressOnLanguageSwitch();
                highlight();
            })
            .catch(function (error) {
                if (error.name !== 'AbortError') {
                    window.location.assign(pageAddress(params));
                }
            });
    }

    function shown() {
        return parseInt(list.dataset.limit, 10) || PAGE;
    }

    shownQuery = feedParameters(PAGE).toString();

    // A new order or search starts again from the first page; the refresh button keeps what is shown.
    order.addEventListener('change', function () {
        show(PAGE);
    });
    search.addEventListener('input', function () {
        clearTimeout(typing);
        typing = setTimeout(function () {
            show(PAGE);
        }, 400);
    });
    tools.addEventListener('submit', function (event) {
        event.preventDefault();
        clearTimeout(typing);
        // The refresh button, or Enter in the search (which also "presses" the form's first button).
        show(feedParameters(PAGE).toString() === shownQuery ? shown() : PAGE);
    });
    list.addEventListener('click', function (event) {
        var more = event.target.closest('#feedMore');
        if (more && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
            event.preventDefault();
            show(shown() + PAGE);
        }
    });

    window.caseFeed = {
        refresh: function () {
            show(shown());
        },
        showLatest: function () {
            order.selectedIndex = 0;
            search.value = '';
            show(PAGE);
        }
    };
})();
