/*
 * "Mine sager" without reloading the page. The list's links and the filter form work as plain
 * GET requests; with this script a change fetches only the list (/cases/list with the same query),
 * puts it in place and updates the address, so back, reload and bookmarks keep working.
 */
(function () {
    'use strict';
    var form = document.getElementById('casesFilter');
    var list = document.getElementById('cases');
    if (!form || !list || !window.fetch || !window.history.pushState) {
        return;
    }
    var status = document.getElementById('casesStatus');
    var search = document.getElementById('q');
    var newCase = document.getElementById('createCase');
    var pending = null;
    var typing = null;

    /* The header's language switch comes back to the address it names: keep it on the list shown. */
    function keepAddressOnLanguageSwitch() {
        var languageForm = document.getElementById('languageForm');
        if (languageForm) {
            languageForm.elements.back.value = window.location.pathname + window.location.search;
        }
    }
    keepAddressOnLanguageSwitch();

    function formQuery() {
        var params = new URLSearchParams();
        new FormData(form).forEach(function (value, name) {
            if (value !== '') {
                params.append(name, value);
            }
        });
        return '?' + params.toString();
    }

    /* Shows the list for a query; "push" adds a history entry, otherwise the current one changes. */
    function show(query, push) {
        if (pending) {
            pending.abort();
        }
        pending = new AbortController();
        list.setAttribute('aria-busy', 'true');
        fetch(form.dataset.list + query, {credentials: 'same-origin', signal: pending.signal,
            headers: {'Accept': 'text/html'}})
            .then(function (response) {
                // Signed out meanwhile (or an error page): let the browser go there properly.
                if (!response.ok || response.redirected) {
                    throw new Error('list unavailable');
                }
                return response.text();
            })
            .then(function (html) {
                pending = null;
                list.innerHTML = html;
                list.removeAttribute('aria-busy');
                var address = form.getAttribute('action') + query;
                if (push) {
                    history.pushState(null, '', address);
                } else {
                    history.replaceState(null, '', address);
                }
                keepAddressOnLanguageSwitch();
                var range = document.getElementById('caseRange');
                var empty = list.querySelector('p');
                status.textContent = range ? range.textContent : (empty ? empty.textContent : '');
            })
            .catch(function (error) {
                if (error.name !== 'AbortError') {
                    window.location.assign(form.getAttribute('action') + query);
                }
            });
    }

    // Sorting and paging: the list's links.
    list.addEventListener('click', function (event) {
        var link = event.target.closest('a.case-sort, a.case-page');
        if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
            event.preventDefault();
            show(link.search, true);
        }
    });

    // Customer, view and rows per page (the rows' select belongs to the form from inside the list).
    document.addEventListener('change', function (event) {
        var field = event.target;
        if (field.form !== form || field === search) {
            return;
        }
        if (field.name === 'customer' && newCase) {
            newCase.search = field.value ? '?customer=' + encodeURIComponent(field.value) : '';
        }
        show(formQuery(), true);
    });

    // The search: as the user types (after a pause), and at once on Enter.
    search.addEventListener('input', function () {
        clearTimeout(typing);
        typing = setTimeout(function () {
            show(formQuery(), false);
        }, 300);
    });
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        clearTimeout(typing);
        show(formQuery(), true);
    });

    // Back and forward: the list of that address.
    window.addEventListener('popstate', function () {
        window.location.reload();
    });
}());
