// Renders every element with a data-chart attribute. The server puts the chart's data (JSON) in the attribute, so pages
// carry no inline script; htmx swaps re-run this through the htmx:afterSwap hook.
(function () {
  // Scaled axis and label numbers in the page's language: 亿/万 in Chinese, bn/m in English (as statistics.Figures does).
  var english = (document.documentElement.lang || '').indexOf('en') === 0;
  function fmt(v) {
    var a = Math.abs(v);
    if (a >= 1e12) return (v / 1e12).toFixed(2) + (english ? ' tn' : ' 万亿');
    if (english) {
      if (a >= 1e9) return (v / 1e9).toFixed(1) + ' bn';
      if (a >= 1e6) return (v / 1e6).toFixed(1) + ' m';
      return a >= 1e4 ? v.toLocaleString('en') : String(v);
    }
    if (a >= 1e8) return (v / 1e8).toFixed(1) + ' 亿';
    if (a >= 1e4) return (v / 1e4).toFixed(1) + ' 万';
    return String(v);
  }
  function bar(el, spec) {
    var chart = echarts.init(el);
    chart.setOption({
      animation: false, // figures are read, not watched: draw them at once (and screenshots see the final chart)
      title: { text: spec.title, textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis', formatter: function (p) { return p[0].name + '<br>' + p[0].data.raw; } },
      grid: { left: 8, right: 40, top: 34, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: fmt } },
      yAxis: { type: 'category', data: spec.labels, axisLabel: { width: 220, overflow: 'truncate' } },
      series: [{ type: 'bar', data: spec.values.map(function (v, i) { return { value: v, raw: spec.raw[i] }; }),
                 itemStyle: { color: '#b3261e' }, label: { show: true, position: 'right', formatter: function (p) { return p.data.raw; } } }]
    });
    return chart;
  }
  function map(el, spec) {
    var chart = echarts.init(el);
    var batches = spec.batches;
    chart.setOption({
      animation: false, // figures are read, not watched: draw them at once (and screenshots see the final chart)
      tooltip: { trigger: 'item', formatter: function (p) { return p.data ? p.data.label : p.name; } },
      visualMap: { type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 0,
                   pieces: batches.map(function (b) { return { value: b, label: String(b) }; }),
                   inRange: { color: ['#f7c5a8', '#ee9a6b', '#dc6b3f', '#c0392b', '#8e1b10', '#4a0e08', '#2d6a8e'] } },
      series: [{ type: 'map', map: 'china', roam: false, data: spec.zones,
                 label: { show: false }, emphasis: { label: { show: true } } }]
    });
    chart.on('click', function (p) { if (p.data && p.data.href) window.location.href = p.data.href; });
    return chart;
  }
  function beforeAfter(el, spec) {
    var chart = echarts.init(el);
    chart.setOption({
      animation: false, // figures are read, not watched: draw them at once (and screenshots see the final chart)
      title: { text: spec.title + (spec.unit ? ' (' + spec.unit + ')' : ''), textStyle: { fontSize: 13 } },
      grid: { left: 8, right: 60, top: 34, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: spec.names.slice().reverse() },
      series: [{ type: 'bar', barWidth: 22,
                 data: spec.values.map(function (v, i) { return { value: v, label: spec.labels[i],
                   itemStyle: { color: i === 0 ? '#9aa5b1' : '#b3261e' } }; }).reverse(),
                 label: { show: true, position: 'right', formatter: function (p) { return p.data.label || ''; } } }]
    });
    return chart;
  }
  function heatmap(el, spec) {
    var chart = echarts.init(el);
    var max = spec.cells.reduce(function (m, c) { return Math.max(m, c[2]); }, 1);
    // Category cells (valueNames): the legend and tooltip name the category, the cells carry no number.
    var names = spec.valueNames;
    var palette = ['#f3d9d6', '#e79a92', '#c5473d', '#7a1712'];
    var visualMap = names
      ? { type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 0,
          pieces: names.map(function (n, i) { return { value: i + 1, label: n, color: palette[i % palette.length] }; }) }
      : { min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
          inRange: { color: ['#fbe9e7', '#b3261e'] } };
    chart.setOption({
      animation: false, // figures are read, not watched: draw them at once (and screenshots see the final chart)
      tooltip: { formatter: function (p) { return spec.rows[p.data[1]] + ' × ' + spec.columns[p.data[0]] + ': '
          + (names ? names[p.data[2] - 1] : p.data[2]); } },
      grid: { left: 8, right: 8, top: 8, bottom: 60, containLabel: true },
      xAxis: { type: 'category', data: spec.columns, axisLabel: { rotate: 45 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: spec.rows, splitArea: { show: true } },
      visualMap: visualMap,
      series: [{ type: 'heatmap', data: spec.cells, label: { show: !names } }]
    });
    chart.on('click', function (p) {
      window.location.href = spec.link.replace('{row}', spec.rowIds[p.data[1]]).replace('{column}', spec.columnIds[p.data[0]]);
    });
    return chart;
  }
  // Several series over shared categories (e.g. national vs FTZ per section); null values leave a gap.
  function grouped(el, spec) {
    var chart = echarts.init(el);
    var colors = ['#9aa5b1', '#b3261e', '#2d6a8e', '#e0a040'];
    chart.setOption({
      animation: false, // figures are read, not watched: draw them at once (and screenshots see the final chart)
      title: { text: spec.title, textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis' },
      legend: { top: 22 },
      grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
      // horizontal: long category names (e.g. industry sections) stay readable in any language, one per row.
      xAxis: spec.horizontal ? { type: 'value', max: spec.max || null }
          : { type: 'category', data: spec.categories, axisLabel: { rotate: spec.categories.length > 10 ? 40 : 0 } },
      yAxis: spec.horizontal ? { type: 'category', data: spec.categories, inverse: true, axisLabel: { width: 260, overflow: 'truncate' } }
          : { type: 'value', max: spec.max || null },
      series: spec.series.map(function (s, i) {
        return { name: s.name, type: spec.line ? 'line' : 'bar', data: s.values, connectNulls: false,
                 itemStyle: { color: colors[i % colors.length] },
                 label: { show: !!spec.labels, position: spec.horizontal ? 'right' : 'top' } };
      })
    });
    return chart;
  }
  function render(root) {
    if (typeof echarts === 'undefined') return;
    (root || document).querySelectorAll('[data-chart]').forEach(function (el) {
      if (el.dataset.rendered) return;
      var spec = JSON.parse(el.getAttribute('data-chart'));
      var chart = spec.kind === 'map' ? map(el, spec) : spec.kind === 'beforeAfter' ? beforeAfter(el, spec)
          : spec.kind === 'heatmap' ? heatmap(el, spec) : spec.kind === 'grouped' ? grouped(el, spec) : bar(el, spec);
      el.dataset.rendered = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  window.addEventListener('load', function () { render(document); });
  document.addEventListener('htmx:afterSwap', function (e) { render(e.target); });
})();
