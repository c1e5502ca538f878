// Small progressive enhancements; every page also works without JavaScript.
(function () {
    "use strict";

    document.addEventListener("change", function (event) {
        var target = event.target;
        if (target.classList && target.classList.contains("auto-submit") && target.form) {
            target.form.submit();
        }
    });

    // htmx requests carry the CSRF token like normal form posts do.
    document.addEventListener("htmx:configRequest", function (event) {
        var token = document.querySelector("meta[name='_csrf']");
        var header = document.querySelector("meta[name='_csrf_header']");
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });

    // Task rows are in the page for everyone; with JavaScript they start collapsed under their group.
    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("[data-group-row]").forEach(function (row) {
            row.hidden = true;
        });
    });

    // Expand and collapse the task rows of a group in the results tables.
    document.addEventListener("click", function (event) {
        var toggle = event.target.closest ? event.target.closest("[data-toggle-group]") : null;
        if (!toggle) {
            return;
        }
        var group = toggle.getAttribute("data-toggle-group");
        var expanded = toggle.getAttribute("aria-expanded") === "true";
        toggle.setAttribute("aria-expanded", expanded ? "false" : "true");
        document.querySelectorAll("[data-group-row='" + group + "']").forEach(function (row) {
            row.hidden = expanded;
        });
        markScrollingTables();
    });

    // On a narrow screen a wide table scrolls inside its own box (see maatstaf.css). One without a
    // link or field of its own is then made reachable with the keyboard, so it can be scrolled too.
    var FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]:not([data-scroll-focus])";

    function markScrollingTables() {
        document.querySelectorAll("table.data").forEach(function (table) {
            var scrolls = table.scrollWidth > table.clientWidth + 1;
            var reachable = table.querySelector(FOCUSABLE) !== null;
            if (scrolls && !reachable && !table.hasAttribute("tabindex")) {
                table.setAttribute("tabindex", "0");
                table.setAttribute("data-scroll-focus", "");
            } else if (!scrolls && table.hasAttribute("data-scroll-focus")) {
                table.removeAttribute("tabindex");
                table.removeAttribute("data-scroll-focus");
            }
        });
    }

    document.addEventListener("DOMContentLoaded", markScrollingTables);
    window.addEventListener("resize", markScrollingTables);
})();
