/*
 * Search suggestions while typing, for every <input data-suggest-url="…">: an ARIA 1.2
 * combobox with a listbox of up to eight pages (title and type) from the suggest endpoint.
 * Arrow keys move through the options, Enter opens the chosen page, Escape closes the list;
 * without JavaScript the input is an ordinary search box. No inline styles or scripts: the
 * list is hidden with the `hidden` attribute and styled in site.css.
 */
(function () {
    "use strict";

    var DELAY = 150; // ms after the last key press before asking the server
    var counter = 0;

    function setUp(input) {
        var url = input.getAttribute("data-suggest-url");
        if (!url || !window.fetch) {
            return;
        }
        counter += 1;
        var listId = "search-suggestions-" + counter;
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "search-suggestions";
        list.setAttribute("role", "listbox");
        var label = input.labels && input.labels[0];
        if (label) {
            if (!label.id) {
                label.id = listId + "-label";
            }
            list.setAttribute("aria-labelledby", label.id);
        }
        list.hidden = true;
        var wrapper = input.parentNode;
        wrapper.classList.add("search-suggest");
        wrapper.appendChild(list);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        input.setAttribute("autocomplete", "off");

        var timer = null;
        var controller = null;
        var active = -1;
        var lastQuery = null;

        function options() {
            return list.querySelectorAll("[role=option]");
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function highlight(index) {
            var items = options();
            if (!items.length) {
                return;
            }
            if (index < 0) {
                index = items.length - 1;
            } else if (index >= items.length) {
                index = 0;
            }
            for (var i = 0; i < items.length; i += 1) {
                items[i].setAttribute("aria-selected", i === index ? "true" : "false");
            }
            active = index;
            input.setAttribute("aria-activedescendant", items[index].id);
            items[index].scrollIntoView({block: "nearest"});
        }

        function render(suggestions) {
            list.textContent = "";
            active = -1;
            input.removeAttribute("aria-activedescendant");
            if (!suggestions.length) {
                close();
                return;
            }
            suggestions.forEach(function (suggestion, index) {
                var item = document.createElement("li");
                item.id = listId + "-" + index;
                item.className = "search-suggestion";
                item.setAttribute("role", "option");
                item.setAttribute("aria-selected", "false");
                item.setAttribute("data-url", suggestion.url);
                var title = document.createElement("span");
                title.className = "search-suggestion__title";
                title.textContent = suggestion.title;
                var type = document.createElement("span");
                type.className = "search-suggestion__type";
                type.textContent = suggestion.type_label;
                item.appendChild(title);
                item.appendChild(type);
                // mousedown, not click: it comes before the input's blur closes the list.
                item.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    window.location.assign(suggestion.url);
                });
                list.appendChild(item);
            });
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }

        function fetchSuggestions() {
            var query = input.value;
            if (query === lastQuery) {
                return;
            }
            lastQuery = query;
            if (!query.trim()) {
                render([]);
                return;
            }
            if (controller) {
                controller.abort();
            }
            controller = window.AbortController ? new AbortController() : null;
            var separator = url.indexOf("?") === -1 ? "?" : "&";
            window.fetch(url + separator + "q=" + encodeURIComponent(query), {
                headers: {"Accept": "application/json"},
                signal: controller ? controller.signal : undefined,
                credentials: "same-origin"
            }).then(function (response) {
                return response.ok ? response.json() : {suggestions: []};
            }).then(function (data) {
                if (input.value === query) {
                    render(data.suggestions || []);
                }
            }).catch(function () {
                // Aborted by a newer request, or offline: the form still works.
            });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY);
        });

        input.addEventListener("keydown", function (event) {
            var open = !list.hidden;
            if (event.key === "ArrowDown") {
                event.preventDefault();
                if (!open && options().length) {
                    list.hidden = false;
                    input.setAttribute("aria-expanded", "true");
                }
                highlight(active + 1);
            } else if (event.key === "ArrowUp") {
                if (open) {
                    event.preventDefault();
                    highlight(active - 1);
                }
            } else if (event.key === "Escape") {
                if (open) {
                    event.preventDefault();
                    close();
                }
            } else if (event.key === "Enter") {
                if (open && active >= 0) {
                    event.preventDefault();
                    window.location.assign(options()[active].getAttribute("data-url"));
                }
            }
        });

        input.addEventListener("blur", close);
    }

    function init() {
        var inputs = document.querySelectorAll("input[data-suggest-url]");
        for (var i = 0; i < inputs.length; i += 1) {
            setUp(inputs[i]);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
