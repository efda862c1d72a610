// Run by BrowserCheckTest inside headless Chromium, after the page has laid itself out. It measures
// what the browser actually drew and writes every breach, one a line, into a pre element (id
// layout-check), read back from --dump-dom. Nothing here is part of a report: the test adds it to a copy.
(function () {
  var problems = [];
  var count = { svgs: 0, texts: 0, edges: 0, ticks: 0, headline: 0 };
  function inside(p, r, margin) {
    return p.x > r.x + margin && p.x < r.x + r.width - margin &&
      p.y > r.y + margin && p.y < r.y + r.height - margin;
  }
  function overlap(a, b) {
    return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
  }
  document.querySelectorAll('svg').forEach(function (svg, s) {
    count.svgs++;
    var vb = svg.viewBox.baseVal;
    // An element's box in the chart's own units, after any transform (a rotated axis title).
    function box(el) {
      var b = el.getBBox();
      var m = svg.getScreenCTM().inverse().multiply(el.getScreenCTM());
      var xs = [], ys = [];
      [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]
        .forEach(function (c) {
          var p = new DOMPoint(c[0], c[1]).matrixTransform(m);
          xs.push(p.x); ys.push(p.y);
        });
      var x = Math.min.apply(null, xs), y = Math.min.apply(null, ys);
      return { x: x, y: y, width: Math.max.apply(null, xs) - x, height: Math.max.apply(null, ys) - y };
    }
    // Every text lies wholly inside its chart: nothing clipped at an edge.
    svg.querySelectorAll('text').forEach(function (t) {
      count.texts++;
      var b = box(t);
      if (b.width === 0) { problems.push('chart ' + s + ': empty text'); return; }
      if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 ||
          b.y + b.height > vb.y + vb.height + 0.5) {
        problems.push('chart ' + s + ': text "' + t.textContent + '" runs outside the chart');
      }
    });
    // The flowchart: no line passes through a box, and no YES/NO label sits on a box.
    var nodes = Array.prototype.map.call(svg.querySelectorAll('rect[data-node]'), function (r) {
      return { id: r.getAttribute('data-node'), box: box(r) };
    });
    svg.querySelectorAll('path[data-edge]').forEach(function (path) {
      count.edges++;
      var length = path.getTotalLength();
      for (var d = 0; d <= length; d += 2) {
        var p = path.getPointAtLength(d);
        nodes.forEach(function (n) {
          if (inside(p, n.box, 1.5)) {
            problems.push('edge ' + path.getAttribute('data-edge') + ' passes through ' + n.id);
          }
        });
      }
    });
    svg.querySelectorAll('text[data-label]').forEach(function (t) {
      var b = box(t);
      nodes.forEach(function (n) {
        if (overlap(b, n.box)) {
          problems.push('label of ' + t.getAttribute('data-label') + ' overlaps ' + n.id);
        }
      });
    });
    // The histogram: £ ticks that do not overlap one another, and the headline marked.
    var ticks = Array.prototype.map.call(svg.querySelectorAll('text[data-tick]'), function (t) {
      count.ticks++;
      if (t.textContent.charAt(0) !== '£') { problems.push('tick "' + t.textContent + '" is not in £'); }
      return box(t);
    });
    for (var i = 1; i < ticks.length; i++) {
      if (overlap(ticks[i - 1], ticks[i])) { problems.push('axis ticks ' + (i - 1) + ' and ' + i + ' overlap'); }
    }
    count.headline += svg.querySelectorAll('[data-marker="headline"]').length;
  });
  var out = document.createElement('pre');
  out.id = 'layout-check';
  out.textContent = 'COUNTS ' + JSON.stringify(count) + '\n' + problems.join('\n');
  document.body.appendChild(out);
})();
