// Keeps what is typed in the questionnaire. Without JavaScript the tab buttons already post the
// form, which saves and then opens the other tab; this script adds what only a script can do:
// no needless post for a tab when nothing changed, a save in the background every so often, a
// save first before any other step within the questionnaire, and a warning before leaving with
// input that is not saved. A background save never overwrites a newer save by someone else: the
// server refuses it on the lock version, and the typed values stay in the form.
// Every text comes from the page (data attributes rendered from the message bundles).
(function () {
    "use strict";

    document.addEventListener("DOMContentLoaded", function () {
        var form = document.querySelector("form[data-autosave-url]");
        if (!form || !window.fetch || !window.FormData || !window.URLSearchParams) {
            return;
        }
        var status = document.getElementById("concept-status");
        var hint = document.getElementById("concept-uitleg");
        var seconds = parseInt(form.getAttribute("data-autosave-seconds"), 10) || 30;
        var questionnairePath = form.getAttribute("data-questionnaire");

        var edits = 0; // changes typed since the page opened
        var savedEdits = 0; // the changes the last successful save covered
        var refusedEdits = -1; // the changes a refused save covered: no point sending them again
        var running = null; // the background save under way, as a promise of "saved or not"
        var stopped = false; // after a conflict: only the Opslaan button may go on
        var leaving = false; // the form is being posted; the page is about to be replaced

        if (hint) {
            hint.hidden = false;
        }

        function unsaved() {
            return edits !== savedEdits;
        }

        function noteEdit(event) {
            if (event.target && event.target.hasAttribute && !event.target.hasAttribute("data-autosave-ignore")) {
                edits++;
            }
        }
        form.addEventListener("input", noteEdit);
        form.addEventListener("change", noteEdit);

        function announce(kind, time) {
            if (!status) {
                return;
            }
            var text = status.getAttribute("data-" + kind) || "";
            status.textContent = time ? text.replace("{0}", time) : text;
            status.classList.toggle("autosave-problem", kind !== "saved");
        }

        function clock() {
            var now = new Date();
            return String(now.getHours()).padStart(2, "0") + ":" + String(now.getMinutes()).padStart(2, "0");
        }

        // Every form on the page that carries the lock version moves on with the saved draft.
        function adoptLockVersion(version) {
            document.querySelectorAll("input[name='lockVersion']").forEach(function (input) {
                input.value = String(version);
            });
        }

        // The first save starts the draft: "niet gestart" becomes "concept", as after Opslaan.
        function showDraftStarted() {
            var badge = document.getElementById("concept-toestand");
            if (badge && badge.hasAttribute("data-draft")) {
                badge.textContent = badge.getAttribute("data-draft");
                badge.classList.remove("status-NIET_GESTART");
                badge.classList.add("status-CONCEPT");
                badge.removeAttribute("data-draft");
            }
        }

        function csrfHeaders() {
            var headers = { "Accept": "application/json" };
            var token = document.querySelector("meta[name='_csrf']");
            var header = document.querySelector("meta[name='_csrf_header']");
            if (token && header) {
                headers[header.content] = token.content;
            }
            return headers;
        }

        function readReply(response) {
            return response.json().then(
                function (reply) {
                    return { ok: response.ok, reply: reply || {} };
                },
                function () {
                    return { ok: false, reply: {} };
                });
        }

        // Saves the form as it is now, through the ordinary save with its lock version.
        function save() {
            if (running) {
                return running;
            }
            var covering = edits;
            var body = new URLSearchParams(new FormData(form));
            body.delete("naar");
            body.delete("bevestiging");
            // A redirect means the session is gone (the login page): that is no save.
            running = fetch(form.getAttribute("data-autosave-url"), {
                method: "POST",
                headers: csrfHeaders(),
                body: body,
                credentials: "same-origin",
                redirect: "error"
            })
                .then(readReply)
                .then(function (result) {
                    var outcome = result.reply.outcome;
                    if (result.ok && outcome === "saved") {
                        adoptLockVersion(result.reply.lockVersion);
                        if (result.reply.changedFields > 0) {
                            showDraftStarted();
                        }
                        savedEdits = covering;
                        announce("saved", clock());
                        return true;
                    }
                    if (outcome === "conflict" || outcome === "notEditable") {
                        stopped = true;
                        announce(outcome === "conflict" ? "conflict" : "not-editable");
                    } else if (outcome === "refused") {
                        refusedEdits = covering;
                        announce("refused");
                    } else {
                        announce("failed");
                    }
                    return false;
                }, function () {
                    announce("failed");
                    return false;
                })
                .then(function (saved) {
                    running = null;
                    return saved;
                });
            return running;
        }

        window.setInterval(function () {
            if (!stopped && !leaving && !running && unsaved() && edits !== refusedEdits) {
                save();
            }
        }, seconds * 1000);

        // A tab (or a finding) without anything new to save is simply opened; with unsaved input
        // the button posts the form and the server saves before opening it.
        document.addEventListener("click", function (event) {
            var button = event.target.closest ? event.target.closest("button[name='naar'][data-href]") : null;
            if (button && button.form === form && !unsaved() && !running) {
                event.preventDefault();
                leaving = true;
                window.location.assign(button.getAttribute("data-href"));
            }
        });

        // The form's own posts wait for a background save under way, so both never send the
        // same lock version; the post then carries the version that save returned.
        form.addEventListener("submit", function (event) {
            if (running) {
                event.preventDefault();
                var submitter = event.submitter;
                running.then(function () {
                    if (submitter && form.requestSubmit) {
                        form.requestSubmit(submitter);
                    } else if (form.requestSubmit) {
                        form.requestSubmit();
                    } else {
                        form.submit();
                    }
                });
                return;
            }
            leaving = true;
        });

        // Any other step within the questionnaire (last year's figures, a workbook upload, a link
        // to one of its pages) saves the typed input first and only then goes on.
        document.addEventListener("submit", function (event) {
            var other = event.target;
            if (other === form || !withinQuestionnaire(other.getAttribute("action")) || !unsaved()) {
                return;
            }
            event.preventDefault();
            save().then(function (saved) {
                if (saved) {
                    leaving = true;
                    other.submit();
                }
            });
        });

        document.addEventListener("click", function (event) {
            var link = event.target.closest ? event.target.closest("a[href]") : null;
            if (!link || !unsaved() || link.hasAttribute("download")
                    || link.getAttribute("href").charAt(0) === "#" || !withinQuestionnaire(link.getAttribute("href"))) {
                return;
            }
            event.preventDefault();
            save().then(function (saved) {
                if (saved) {
                    leaving = true;
                    window.location.assign(link.href);
                }
            });
        });

        function withinQuestionnaire(address) {
            if (!address || !questionnairePath) {
                return false;
            }
            var url = new URL(address, window.location.href);
            return url.origin === window.location.origin
                && (url.pathname === questionnairePath || url.pathname.indexOf(questionnairePath + "/") === 0)
                && !/\.xlsx$/.test(url.pathname);
        }

        // The browser's own question; its text cannot be chosen any more.
        window.addEventListener("beforeunload", function (event) {
            if (!leaving && (unsaved() || running)) {
                event.preventDefault();
                event.returnValue = "";
            }
        });

        // Back from the browser's page cache: the page is live again.
        window.addEventListener("pageshow", function (event) {
            if (event.persisted) {
                leaving = false;
            }
        });
    });
})();
