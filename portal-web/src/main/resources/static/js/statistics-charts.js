/*
 * Draws the statistics charts with ECharts from the data tables beside them: the tables stay the accessible and
 * script-free source of every figure; a chart is only a picture of its table.
 */
(function () {
    'use strict';
    if (typeof window.echarts === 'undefined') {
        return;
    }
    var boxes = document.querySelectorAll('[data-chart]');
    Array.prototype.forEach.call(boxes, function (box) {
        var table = document.getElementById(box.getAttribute('data-source'));
        if (!table) {
            return;
        }
        var keys = box.getAttribute('data-series').split(',');
        var names = {};
        Array.prototype.forEach.call(table.querySelectorAll('thead th[data-key]'), function (th) {
            names[th.getAttribute('data-key')] = th.textContent.trim();
        });
        var labels = [];
        var values = keys.map(function () { return []; });
        Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (row) {
            labels.push(row.querySelector('th').textContent.trim());
            keys.forEach(function (key, i) {
                var cell = row.querySelector('td[data-key="' + key + '"]');
                values[i].push(cell ? Number(cell.getAttribute('data-value')) : 0);
            });
        });
        if (labels.length === 0) {
            return;
        }
        box.hidden = false;
        var type = box.getAttribute('data-chart');
        var stack = box.getAttribute('data-stack');
        var chart = window.echarts.init(box, null, { renderer: 'svg' });
        chart.setOption({
            animation: false,
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { left: 48, right: 16, top: 40, bottom: 64 },
            xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 4 ? 30 : 0 } },
            yAxis: { type: 'value', minInterval: 1 },
            series: keys.map(function (key, i) {
                return {
                    name: names[key] || key,
                    type: type,
                    stack: type === 'bar' && stack && key !== 'inProgress' ? stack : undefined,
                    data: values[i]
                };
            })
        });
        window.addEventListener('resize', function () { chart.resize(); });
    });
}());
