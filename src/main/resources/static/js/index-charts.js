// Charts of the evaluation index page (/index): ranks with their 5th-95th percentile intervals, a radar per zone and
// the rank trend. Like charts.js, the data travels in an attribute (data-index-chart), so the page has no inline script.
(function () {
  function ranks(el, spec) {
    var chart = echarts.init(el);
    var n = spec.zones;
    chart.setOption({
      animation: false,
      title: { text: spec.title, textStyle: { fontSize: 13 } },
      legend: { top: 22, data: [spec.intervalName, spec.pointName] },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (p) {
        var i = p[0].dataIndex;
        return spec.labels[i] + '<br>' + spec.pointName + ': ' + spec.rank[i] + '<br>' + spec.intervalName + ': '
            + spec.p5[i] + '–' + spec.p95[i] + '<br>' + spec.scoreName + ': ' + spec.scores[i];
      } },
      grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0.5, max: n + 0.5, interval: 1, inverse: false,
               axisLabel: { formatter: function (v) { return Number.isInteger(v) ? String(v) : ''; } } },
      yAxis: { type: 'category', data: spec.labels, inverse: true, axisLabel: { width: 200, overflow: 'truncate' } },
      series: [
        { type: 'bar', stack: 'interval', silent: true, itemStyle: { color: 'transparent' },
          data: spec.p5.map(function (v) { return v - 0.5; }) },
        { name: spec.intervalName, type: 'bar', stack: 'interval', barWidth: 12, itemStyle: { color: '#f3c3bd' },
          data: spec.p5.map(function (v, i) { return spec.p95[i] - v + 1; }) },
        { name: spec.pointName, type: 'scatter', symbolSize: 10, itemStyle: { color: '#b3261e' },
          data: spec.rank.map(function (r, i) { return [r, i]; }) }
      ]
    });
    return chart;
  }
  function radar(el, spec) {
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      title: { text: spec.title, textStyle: { fontSize: 12 }, left: 'center' },
      tooltip: {},
      radar: { indicator: spec.axes, radius: '58%', center: ['50%', '58%'], axisName: { fontSize: 10 } },
      series: [{ type: 'radar', areaStyle: { opacity: 0.25 }, itemStyle: { color: '#b3261e' },
                 data: [{ value: spec.values.map(function (v) { return v === null ? 0 : v; }), name: spec.title }] }]
    });
    return chart;
  }
  function trend(el, spec) {
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      title: { text: spec.title, textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis' },
      legend: { top: 22 },
      grid: { left: 8, right: 24, top: 64, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: spec.years },
      yAxis: { type: 'value', inverse: true, min: 1, minInterval: 1 },
      series: spec.series.map(function (s) { return { name: s.name, type: 'line', data: s.values, connectNulls: false }; })
    });
    return chart;
  }
  function render() {
    if (typeof echarts === 'undefined') return;
    document.querySelectorAll('[data-index-chart]').forEach(function (el) {
      if (el.dataset.rendered) return;
      var spec = JSON.parse(el.getAttribute('data-index-chart'));
      var chart = spec.kind === 'radar' ? radar(el, spec) : spec.kind === 'trend' ? trend(el, spec) : ranks(el, spec);
      el.dataset.rendered = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  window.addEventListener('load', render);
})();
