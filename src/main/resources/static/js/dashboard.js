// Dashboard charts: fetched as JSON (labels already translated) and drawn with ECharts. Tooltips are drawn by
// ECharts itself (renderMode 'richText'): its default HTML tooltip puts names into innerHTML with style attributes,
// which the Content-Security-Policy refuses on every hover, and which would read a region name as markup.
(function () {
    'use strict';
    var holder = document.getElementById('dashboard-charts');
    if (!holder || !window.echarts) {
        return;
    }
    Portal.getJson(holder.getAttribute('data-charts-url'))
        .then(function (charts) {
            charts.forEach(function (chart) {
                var col = document.createElement('div');
                col.className = 'col-12 col-lg-6';
                var card = document.createElement('div');
                card.className = 'card card-body';
                var title = document.createElement('h3');
                title.className = 'h6';
                title.textContent = chart.title;
                var canvas = document.createElement('div');
                canvas.className = 'dashboard-chart';
                canvas.id = 'chart-' + chart.id;
                card.appendChild(title);
                card.appendChild(canvas);
                col.appendChild(card);
                holder.appendChild(col);
                var option;
                if (chart.type === 'pie') {
                    option = {
                        tooltip: {trigger: 'item', renderMode: 'richText'},
                        series: [{type: 'pie', radius: '65%', data: chart.categories.map(function (name, i) {
                            return {name: name, value: chart.series[0].values[i]};
                        })}]
                    };
                } else {
                    option = {
                        tooltip: {trigger: 'axis', renderMode: 'richText'},
                        legend: {data: chart.series.map(function (s) { return s.name; })},
                        grid: {left: 40, right: 16, bottom: 30, top: 40},
                        xAxis: {type: 'category', data: chart.categories},
                        yAxis: {type: 'value'},
                        series: chart.series.map(function (s) { return {name: s.name, type: chart.type, data: s.values}; })
                    };
                }
                var instance = echarts.init(canvas);
                instance.setOption(option);
                printable(instance, card);
            });
        });

    // Paper gets each chart as an image (the print stylesheet hides the live chart and shows the image): drawn when
    // the chart has first finished and again just before printing, so a print dialog opened at any moment has it.
    var instances = [];
    function printable(instance, card) {
        var img = document.createElement('img');
        img.className = 'chart-print';
        img.alt = card.querySelector('h3').textContent;
        card.appendChild(img);
        var draw = function () {
            img.src = instance.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'});
        };
        instances.push(draw);
        // Once, when first drawn (later renders are hovers and tooltips, which paper does not need).
        var first = function () {
            instance.off('finished', first);
            draw();
        };
        instance.on('finished', first);
    }
    window.addEventListener('beforeprint', function () {
        instances.forEach(function (draw) { draw(); });
    });
})();
