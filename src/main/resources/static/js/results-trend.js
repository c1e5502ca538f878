// Draws the Trend tab's line charts from the JSON in data-chart attributes (the content security
// policy forbids inline scripts). The table beside each chart carries the same figures.
(function () {
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

    function trend(canvas, data) {
        return new Chart(canvas, {
            type: "line",
            data: {
                labels: data.years,
                datasets: [
                    {label: data.ownLabel, data: data.own, borderColor: "#d9822b", backgroundColor: "#d9822b",
                        pointRadius: 4, spanGaps: false},
                    {label: data.referenceLabel, data: data.reference, borderColor: "#1f4e79",
                        backgroundColor: "#1f4e79", borderDash: [6, 4], pointStyle: "triangle", pointRadius: 5,
                        spanGaps: false}
                ]
            },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                scales: {
                    y: {beginAtZero: true, ticks: {callback: function (value) { return format(data.format, value); }}}
                },
                plugins: {
                    legend: {position: "bottom", labels: {usePointStyle: true, boxWidth: 12, font: {size: 11}}},
                    tooltip: {
                        callbacks: {
                            label: function (context) {
                                return context.dataset.label + ": " + format(data.format, context.parsed.y);
                            }
                        }
                    }
                }
            }
        });
    }

    function drawAll() {
        if (typeof Chart === "undefined") {
            return;
        }
        document.querySelectorAll("canvas[data-chart-type='trend'][data-chart]").forEach(function (canvas) {
            trend(canvas, JSON.parse(canvas.getAttribute("data-chart")));
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", drawAll);
    } else {
        drawAll();
    }
})();
