// eventwire dashboard: charts (vendored ECharts), hover boxes on annotated text, tidy filter forms.
"use strict";
const QUAD = {1: ["verbal cooperation", "#2e7d32"], 2: ["material cooperation", "#66bb6a"],
              3: ["verbal conflict", "#ef6c00"], 4: ["material conflict", "#c62828"]};

function data(id) {
  const el = document.getElementById(id + "-data");
  return el ? JSON.parse(el.textContent) : null;
}

function chart(id, option, onClick) {
  const el = document.getElementById(id);
  if (!el || !window.echarts) return null;
  const c = echarts.init(el);
  c.setOption(Object.assign({animation: false, tooltip: {}}, option));
  if (onClick) c.on("click", onClick);
  window.addEventListener("resize", () => c.resize());
  el.dataset.rendered = "true";
  return c;
}

function go(path, params) {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  location.href = path + "?" + q.toString();
}

function currentFilters() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

const charts = {
  balance(rows) {
    rows = rows.slice().reverse();
    const names = rows.map(r => r.a + " – " + r.b);
    chart("balance", {
      grid: {left: 90, right: 30, top: 30, bottom: 30},
      legend: {top: 0, data: ["cooperation", "conflict"]},
      tooltip: {trigger: "axis", axisPointer: {type: "shadow"}},
      xAxis: {type: "value", name: "events", minInterval: 1},
      yAxis: {type: "category", data: names},
      series: [
        {name: "cooperation", type: "bar", stack: "n", color: QUAD[1][1], data: rows.map(r => r.cooperation)},
        {name: "conflict", type: "bar", stack: "n", color: QUAD[4][1], data: rows.map(r => r.conflict)},
      ],
    }, p => { const r = rows[p.dataIndex]; go("/events", {dyad: r.a + "-" + r.b}); });
  },

  timeline(rows) {
    const series = [1, 2, 3, 4].map(q => ({
      name: QUAD[q][0], type: "bar", stack: "q", color: QUAD[q][1], barMaxWidth: 40,
      data: rows.filter(r => r.quad_class === q).map(r => [r.date, r.events]),
    }));
    chart("timeline", {
      grid: {left: 50, right: 30, top: 50, bottom: 70},
      legend: {top: 0}, tooltip: {trigger: "axis", axisPointer: {type: "shadow"}},
      dataZoom: [{type: "inside"}, {type: "slider", height: 18, bottom: 10}],
      xAxis: {type: "time"}, yAxis: {type: "value", name: "events", minInterval: 1}, series,
    }, p => { const day = p.value[0]; go("/events", Object.assign(currentFilters(), {since: day, until: day})); });
  },

  dyad(d) {
    const periods = [...new Set(d.series.map(r => r.period))].sort();
    const series = [];
    [[d.a, d.b, "#1565c0"], [d.b, d.a, "#ad1457"]].forEach(([src, tgt, colour]) => {
      const at = p => d.series.find(r => r.period === p && r.source === src && r.target === tgt);
      const name = src + " → " + tgt;
      series.push({name: name + " Goldstein sum", type: "line", yAxisIndex: 0, color: colour, symbolSize: 8,
                   connectNulls: true, data: periods.map(p => (at(p) || {goldstein_sum: null}).goldstein_sum)});
      series.push({name: name + " events", type: "bar", yAxisIndex: 1, color: colour, barMaxWidth: 24,
                   itemStyle: {opacity: .35}, data: periods.map(p => (at(p) || {count: 0}).count)});
    });
    chart("dyad", {
      grid: {left: 60, right: 60, top: 70, bottom: 40}, legend: {top: 0}, tooltip: {trigger: "axis"},
      xAxis: {type: "category", data: periods},
      yAxis: [{type: "value", name: "Goldstein sum"}, {type: "value", name: "events", minInterval: 1}],
      series,
    }, p => go("/events", {dyad: d.a + "-" + d.b, since: p.name}));
  },

  network(g) {
    const weight = {};
    for (const e of g.links) for (const n of [e.source, e.target]) weight[n] = (weight[n] || 0) + e.weight;
    const top = Math.max(1, ...Object.values(weight));
    chart("network", {
      tooltip: {formatter: p => p.dataType === "edge"
        ? `${p.data.source} → ${p.data.target}: ${p.data.weight} events, Goldstein sum ${p.data.goldstein}`
        : `${p.data.name}: ${p.data.value} events — click for them`},
      series: [{
        type: "graph", layout: "force", roam: true, draggable: true, edgeSymbol: ["none", "arrow"],
        edgeSymbolSize: 7, force: {repulsion: 260, edgeLength: [60, 180], gravity: 0.2},
        label: {show: true, position: "right"}, emphasis: {focus: "adjacency"},
        data: g.nodes.map(n => ({name: n.id, value: weight[n.id] || 0,
                                 symbolSize: 10 + 30 * Math.sqrt((weight[n.id] || 0) / top),
                                 itemStyle: {color: "#1565c0"}})),
        links: g.links.map(e => ({source: e.source, target: e.target, weight: e.weight, goldstein: e.goldstein,
          lineStyle: {width: 1 + 2 * Math.log2(1 + e.weight), color: e.goldstein >= 0 ? QUAD[1][1] : QUAD[4][1],
                      curveness: .15, opacity: .75}})),
      }],
    }, p => { if (p.dataType === "node") go("/events", {actor: p.data.name}); });
  },
};

function hoverBoxes() {
  const tips = data("tips");
  const box = document.getElementById("tip");
  if (!tips || !box) return;
  const text = document.getElementById("text");
  text.addEventListener("mouseover", ev => {
    const span = ev.target.closest(".hl");
    if (!span) return;
    box.replaceChildren();
    for (const id of span.dataset.m.split(" ")) {
      const t = tips[id];
      const kind = document.createElement("div");
      kind.className = "kind";
      kind.textContent = t.kind;
      box.append(kind);
      for (const line of t.lines) { const d = document.createElement("div"); d.textContent = line; box.append(d); }
    }
    const r = span.getBoundingClientRect();
    box.style.left = (window.scrollX + r.left) + "px";
    box.style.top = (window.scrollY + r.bottom + 6) + "px";
    box.hidden = false;
  });
  text.addEventListener("mouseout", ev => { if (ev.target.closest(".hl")) box.hidden = true; });
}

document.addEventListener("DOMContentLoaded", () => {
  for (const form of document.querySelectorAll("form.filters")) {
    form.addEventListener("submit", () => {  // empty fields are absent filters, not empty values
      for (const input of form.querySelectorAll("input")) if (!input.value || (input.type === "checkbox" && !input.checked)) input.disabled = true;
    });
  }
  for (const name of Object.keys(charts)) {
    const d = data(name);
    if (d !== null) charts[name](d);
  }
  hoverBoxes();
});
