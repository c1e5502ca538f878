// What the results charts share: Dutch number formats and drawing every canvas of a chart type once
// the page is ready. Loaded before results-charts.js and results-trend.js.
var MaatstafCharts = (function () {
    "use strict";

    var formats = {
        EURO: new Intl.NumberFormat("nl-NL", {style: "currency", currency: "EUR", maximumFractionDigits: 0}),
        FTE: new Intl.NumberFormat("nl-NL", {minimumFractionDigits: 2, maximumFractionDigits: 2}),
        DECIMAL: new Intl.NumberFormat("nl-NL", {minimumFractionDigits: 2, maximumFractionDigits: 2}),
        PERCENT: new Intl.NumberFormat("nl-NL", {minimumFractionDigits: 1, maximumFractionDigits: 1})
    };

    function format(kind, value) {
        if (value === null || value === undefined) {
            return "";
        }
        var text = (formats[kind] || formats.DECIMAL).format(value);
        return kind === "PERCENT" ? text + "%" : text;
    }

    // A tooltip line: the dataset's label and the point's y value in the given format.
    function tooltipLabel(kind) {
        return function (context) {
            return context.dataset.label + ": " + format(kind, context.parsed.y);
        };
    }

    // Draws every canvas whose data-chart-type has a drawer, from the JSON in its data-chart attribute.
    function draw(drawers) {
        function drawAll() {
            if (typeof Chart === "undefined") {
                return;
            }
            document.querySelectorAll("canvas[data-chart-type][data-chart]").forEach(function (canvas) {
                var drawer = drawers[canvas.getAttribute("data-chart-type")];
                if (drawer) {
                    drawer(canvas, JSON.parse(canvas.getAttribute("data-chart")));
                }
            });
        }

        if (document.readyState === "loading") {
            document.addEventListener("DOMContentLoaded", drawAll);
        } else {
            drawAll();
        }
    }

    return {format: format, tooltipLabel: tooltipLabel, draw: draw};
})();
