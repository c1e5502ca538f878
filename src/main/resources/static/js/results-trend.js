// Draws the Trend tab's line charts from the JSON in data-chart attributes (the content security
// policy forbids inline scripts). The table beside each chart carries the same figures.
(function () {
    "use strict";

    var format = MaatstafCharts.format;

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
                    tooltip: {callbacks: {label: MaatstafCharts.tooltipLabel(data.format)}}
                }
            }
        });
    }

    MaatstafCharts.draw({trend: trend});
})();
