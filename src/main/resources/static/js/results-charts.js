// Draws the results charts from the JSON in data-chart attributes (the content security policy
// forbids inline scripts). Without JavaScript the tables carry the same figures.
(function () {
    "use strict";

    var GROUP_COLOURS = ["#1f4e79", "#4f81b3", "#8fb3d9", "#c9d9ea", "#6b7c8f", "#b0bccb"];
    var OWN_COLOUR = "#d9822b";

    var format = MaatstafCharts.format;

    function stacked(canvas, data) {
        return new Chart(canvas, {
            type: "bar",
            data: {
                labels: data.bars,
                datasets: data.segments.map(function (segment, i) {
                    return {
                        label: segment.label,
                        data: segment.values,
                        backgroundColor: GROUP_COLOURS[i % GROUP_COLOURS.length],
                        maxBarThickness: 120
                    };
                })
            },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                scales: {
                    x: {stacked: true},
                    y: {
                        stacked: true,
                        beginAtZero: true,
                        title: {display: true, text: data.axisLabel},
                        ticks: {callback: function (value) { return format("EURO", value); }}
                    }
                },
                plugins: {
                    legend: {position: "bottom"},
                    tooltip: {callbacks: {label: MaatstafCharts.tooltipLabel("EURO")}}
                }
            }
        });
    }

    function marker(label, value, row, style, colour, radius) {
        return {
            type: "scatter",
            label: label,
            data: value === null || value === undefined ? [] : [{x: value, y: row}],
            pointStyle: style,
            pointRadius: radius,
            pointHoverRadius: radius + 2,
            borderColor: colour,
            backgroundColor: colour,
            borderWidth: style === "line" ? 3 : 1,
            rotation: style === "line" ? 90 : 0,
            order: 0
        };
    }

    // A horizontal box: Q1–Q3 as a floating bar, median, mean and own value as markers. No minimum
    // or maximum: each would be one organisation's value.
    function spread(canvas, data) {
        var row = data.title;
        var labels = data.labels;
        return new Chart(canvas, {
            type: "bar",
            data: {
                labels: [row],
                datasets: [
                    {label: labels.interquartile, data: [[data.firstQuartile, data.thirdQuartile]],
                        backgroundColor: "#9aa9b8", grouped: false, barPercentage: 0.7, categoryPercentage: 1, order: 1},
                    marker(labels.median, data.median, row, "line", "#1d2733", 14),
                    marker(labels.mean, data.mean, row, "triangle", "#1f4e79", 8),
                    marker(labels.own, data.own, row, "rectRot", OWN_COLOUR, 9)
                ]
            },
            options: {
                indexAxis: "y",
                responsive: true,
                maintainAspectRatio: false,
                scales: {
                    y: {ticks: {display: false}, grid: {display: false}},
                    x: {ticks: {callback: function (value) { return format(data.format, value); }}}
                },
                plugins: {
                    legend: {position: "bottom", labels: {boxWidth: 12, font: {size: 11}}},
                    tooltip: {
                        callbacks: {
                            label: function (context) {
                                var raw = context.raw;
                                var text = Array.isArray(raw)
                                    ? format(data.format, raw[0]) + " \u2013 " + format(data.format, raw[1])
                                    : format(data.format, raw.x);
                                return context.dataset.label + ": " + text;
                            }
                        }
                    }
                }
            }
        });
    }

    MaatstafCharts.draw({stacked: stacked, spread: spread});
})();
