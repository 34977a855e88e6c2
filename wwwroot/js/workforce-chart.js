// Draws a chart for each <canvas data-chart-from="table-id" data-chart-type="line|bar" data-chart-columns="1,2">
// from the numbers in that table: the row headers (their data-short, where given) are the labels, each listed column a series, its header the series
// name, and each cell's data-value the number (so the page's own digits and separators need no parsing).
// The table stays on the page: it is what screen readers and browsers without scripts read. A table listed newest
// first says so with data-chart-newest-first, and the chart still runs from left to right in time; data-chart-stepped
// draws values that hold until the next one (a salary) as steps rather than slopes.
(function () {
  if (!window.Chart) return;
  var palette = ['#2f4b7c', '#3a9d5d', '#d1495b', '#edae49'];
  var rtl = document.documentElement.dir === 'rtl';

  document.querySelectorAll('canvas[data-chart-from]').forEach(function (canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-from'));
    if (!table) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    if (canvas.hasAttribute('data-chart-newest-first')) rows.reverse();
    var stepped = canvas.hasAttribute('data-chart-stepped') ? 'before' : false;
    var headers = table.tHead.rows[0].cells;
    var type = canvas.getAttribute('data-chart-type') || 'line';
    var datasets = canvas.getAttribute('data-chart-columns').split(',').map(function (column, i) {
      column = Number(column);
      return {
        label: headers[column].textContent.trim(),
        data: rows.map(function (row) { return Number(row.cells[column].getAttribute('data-value')); }),
        backgroundColor: palette[i % palette.length],
        borderColor: palette[i % palette.length],
        tension: stepped ? 0 : 0.25,
        stepped: stepped
      };
    });
    new window.Chart(canvas, {
      type: type,
      data: { labels: rows.map(function (row) { return row.cells[0].getAttribute('data-short') || row.cells[0].textContent.trim(); }), datasets: datasets },
      options: {
        maintainAspectRatio: false,
        animation: false,
        // The page writes its numbers with Latin digits in every language (as the table beside it does); Persian's own
        // number format would label the axis ۱۴۰ next to a table saying 140.
        locale: document.documentElement.lang + '-u-nu-latn',
        plugins: { legend: { rtl: rtl, position: 'bottom' } },
        scales: {
          // Labels that do not fit are skipped rather than turned sideways: turned, the outermost one is cut off.
          x: { reverse: rtl, ticks: { maxRotation: 0, autoSkipPadding: 8 } },
          y: { beginAtZero: type === 'bar', ticks: { precision: 0 }, position: rtl ? 'right' : 'left' }
        }
      }
    });
  });
})();
