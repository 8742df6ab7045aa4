// The report page (ttvm report, docs/report.md): reads the data element
// that ttvm wrote and draws it with uPlot. Every chart shares one x axis,
// the icount, bucketed by ttvm (a fixed number of points whatever the
// run's length), so cursors and zoom are synchronised across charts and a
// click anywhere picks an icount for `monitor goto`. When everything has
// drawn without an exception the page says REPORT-OK (and sets
// data-ready="1" on <html>): the test in headless Chromium looks for that.
(function () {
  "use strict";
  const status = document.getElementById("status");
  let failed = null;
  function fail(msg) {
    if (failed) return;
    failed = String(msg);
    status.textContent = "REPORT-ERROR: " + failed;
    status.className = "error";
    document.documentElement.dataset.ready = "error";
  }
  window.addEventListener("error", (e) => fail(e.message || e));

  const D = JSON.parse(document.getElementById("ttvm-data").textContent);
  const app = document.getElementById("app");
  const COLORS = {
    user: "#43a047", kernel: "#1e88e5", firmware: "#fb8c00", wait: "#cfd8dc",
    panic: "#d50000", oops: "#d50000", bug: "#c51162", warning: "#ff6d00", stuck: "#6a1b9a",
    checkpoint: "#78909c", end: "#263238",
  };
  const PALETTE = ["#1e88e5", "#e53935", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#6d4c41", "#3949ab", "#c0ca33", "#d81b60"];

  // ---- formatting ----
  const group = (n) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  function si(v) {
    const a = Math.abs(v);
    if (a >= 1e12) return (v / 1e12).toFixed(a >= 1e13 ? 0 : 1) + "T";
    if (a >= 1e9) return (v / 1e9).toFixed(a >= 1e10 ? 0 : 1) + "G";
    if (a >= 1e6) return (v / 1e6).toFixed(a >= 1e7 ? 0 : 1) + "M";
    if (a >= 1e3) return (v / 1e3).toFixed(a >= 1e4 ? 0 : 1) + "k";
    return String(Math.round(v * 100) / 100);
  }
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
    return e;
  }

  // ---- the x axis: one point per bucket, at its first icount ----
  const n = D.buckets;
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = i * D.bucket_width;
  const xmax = Math.max(D.end_icount, 1);

  // ---- the selected icount (a click on a chart, a line, a mark) ----
  let selected = null;
  const charts = [];
  const gotoText = el("input", { id: "goto", readonly: "", value: "click a chart, a console line or a mark", size: "40" });
  const copyNote = el("span", { class: "note" });
  function copy(text) {
    const done = () => { copyNote.textContent = "copied"; setTimeout(() => (copyNote.textContent = ""), 1500); };
    const fallback = () => {
      gotoText.select();
      try { if (document.execCommand("copy")) done(); } catch (e) { /* the text stays selected to copy by hand */ }
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  }
  function select(icount, fromLine) {
    selected = Math.max(0, Math.round(icount));
    gotoText.value = "monitor goto " + selected;
    gotoText.dataset.icount = String(selected);
    for (const u of charts) u.redraw(false, false);
    if (!fromLine) showLineNear(selected);
  }

  // ---- header ----
  app.replaceChildren(status);
  app.append(el("h1", {}, "ttvm report: ", el("span", { class: "title" }, D.title)));
  const facts = el("table", { class: "facts" });
  for (const [k, v] of D.facts) facts.append(el("tr", {}, el("th", {}, k), el("td", {}, v)));
  app.append(facts);
  app.append(el("div", { class: "gotobar" }, el("b", {}, "selected: "), gotoText,
    el("button", { onclick: () => selected !== null && copy(gotoText.value) }, "copy"), copyNote,
    el("span", { class: "hint" }, "drag on a chart to zoom, double-click to zoom out")));

  // ---- marks: panic marks, checkpoints, the end ----
  const marks = D.marks || [];
  function drawMarks(u) {
    const ctx = u.ctx, top = u.bbox.top, h = u.bbox.height;
    const [lo, hi] = [u.scales.x.min, u.scales.x.max];
    ctx.save();
    for (const m of marks) {
      if (m.icount < lo || m.icount > hi) continue;
      const x = Math.round(u.valToPos(m.icount, "x", true)) + 0.5;
      ctx.strokeStyle = COLORS[m.kind] || "#555";
      ctx.lineWidth = m.kind === "checkpoint" ? 1 : 2 * devicePixelRatio;
      ctx.setLineDash(m.kind === "checkpoint" ? [4 * devicePixelRatio, 4 * devicePixelRatio] : []);
      ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, top + h); ctx.stroke();
    }
    if (selected !== null && selected >= lo && selected <= hi) {
      const x = Math.round(u.valToPos(selected, "x", true)) + 0.5;
      ctx.strokeStyle = "#000"; ctx.lineWidth = devicePixelRatio; ctx.setLineDash([]);
      ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, top + h); ctx.stroke();
    }
    ctx.restore();
  }
  const problemKinds = new Set(["panic", "oops", "bug", "warning", "stuck"]);
  const marksBox = el("div", { class: "marks" });
  if (marks.length) {
    const t = el("table", { id: "marks" }, el("tr", {}, el("th", {}, "mark"), el("th", {}, "icount"), el("th", {}, "what")));
    const shown = marks.filter((m) => m.kind !== "checkpoint");
    const ckpts = marks.filter((m) => m.kind === "checkpoint");
    for (const m of shown) {
      t.append(el("tr", { class: "mark " + m.kind, onclick: () => select(m.icount) },
        el("td", {}, el("span", { class: "swatch", style: "background:" + (COLORS[m.kind] || "#555") }), m.name || m.kind),
        el("td", { class: "num" }, group(m.icount)), el("td", {}, m.text)));
    }
    if (ckpts.length) {
      const row = el("td", {});
      ckpts.forEach((c, i) => row.append(i ? ", " : "", el("a", { href: "#", onclick: (e) => { e.preventDefault(); select(c.icount); } }, si(c.icount))));
      t.append(el("tr", { class: "mark checkpoint" }, el("td", {}, el("span", { class: "swatch dashed" }), "checkpoints"),
        el("td", { class: "num" }, String(ckpts.length)), row));
    }
    marksBox.append(el("h2", {}, "Marks"), t);
  }
  const problems = marks.filter((m) => problemKinds.has(m.kind));
  marksBox.append(el("p", { class: problems.length ? "problems" : "quiet" },
    problems.length ? problems.length + " panic, oops, BUG, WARNING or stuck-hart mark(s): `ttvm replay REC --goto NAME` starts at one"
      : "No panic, oops, BUG, WARNING or stuck hart in this run."));
  app.append(marksBox);

  // ---- charts ----
  const chartsBox = el("div", { id: "charts" });
  app.append(chartsBox);
  function width() { return Math.max(600, chartsBox.clientWidth - 10); }
  let syncing = false;
  const drawn = new Set();
  function chart(title, series, data, opts) {
    opts = opts || {};
    const box = el("section", { class: "chart" }, el("h3", {}, title));
    chartsBox.append(box);
    const u = new uPlot({
      width: width(),
      height: opts.height || 150,
      cursor: { sync: { key: "ttvm", setSeries: false }, drag: { x: true, y: false } },
      legend: { live: true },
      scales: { x: { time: false, range: (u, lo, hi) => [Math.max(0, lo), Math.min(xmax, hi)] }, y: opts.yscale || { auto: true } },
      axes: [
        { values: (u, vals) => vals.map(si), size: 30 },
        { values: (u, vals) => vals.map(opts.yfmt || si), size: 55 },
      ],
      series: [{ label: "icount", value: (u, v) => (v == null ? "-" : group(v)) }].concat(series),
      bands: opts.bands,
      hooks: {
        draw: [(u) => { drawMarks(u); drawn.add(u); }],
        setScale: [(u, key) => {
          if (key !== "x" || syncing) return;
          syncing = true;
          for (const o of charts) if (o !== u) o.setScale("x", { min: u.scales.x.min, max: u.scales.x.max });
          syncing = false;
        }],
      },
    }, [xs].concat(data), box);
    // A click without a drag picks the icount under the cursor.
    let downX = null;
    u.over.addEventListener("mousedown", (e) => (downX = e.clientX));
    u.over.addEventListener("click", (e) => {
      if (downX !== null && Math.abs(e.clientX - downX) > 3) return;
      if (u.cursor.left >= 0) select(u.posToVal(u.cursor.left, "x"));
    });
    charts.push(u);
    return u;
  }
  const stepped = uPlot.paths.stepped({ align: 1 });
  function lines(list, unit) {
    return list.map((s, i) => ({
      label: s.name, stroke: PALETTE[i % PALETTE.length], width: 1.5, paths: stepped, points: { show: false },
      value: (u, v) => (v == null ? "-" : si(v) + unit),
    }));
  }
  function countChart(title, list, unit, empty) {
    const shown = list.filter((s) => s.total > 0);
    if (!shown.length) {
      chartsBox.append(el("section", { class: "chart empty" }, el("h3", {}, title), el("p", { class: "quiet" }, empty)));
      return;
    }
    chart(title + " (per " + si(D.bucket_width) + " instructions)", lines(shown, unit), shown.map((s) => s.values));
  }

  // Console output: bytes written per bucket.
  chart("Console output (bytes per " + si(D.bucket_width) + " instructions)",
    [{ label: "console bytes", stroke: "#37474f", fill: "rgba(55,71,79,0.25)", paths: stepped, points: { show: false } }],
    [D.console.bytes], { height: 110 });

  // Per hart, the privilege mode as a share of each bucket's time, stacked.
  D.harts.forEach((h, k) => {
    const parts = ["user", "kernel", "firmware", "wait"];
    const names = { user: "user (U)", kernel: "kernel (S)", firmware: "firmware (M)", wait: "waiting (WFI)" };
    const acc = new Float64Array(n);
    const stacked = parts.map((p) => { const out = new Float64Array(n); for (let i = 0; i < n; i++) out[i] = (acc[i] += h[p][i]); return out; });
    const series = parts.map((p, i) => ({
      label: names[p], stroke: COLORS[p], fill: COLORS[p], width: 0, points: { show: false },
      value: (u, v, si_, idx) => (idx == null ? "-" : h[p][idx].toFixed(1) + "%"),
    }));
    const bands = [{ series: [2, 1] }, { series: [3, 2] }, { series: [4, 3] }];
    const tot = parts.reduce((a, p) => a + h[p + "_total"], 0) || 1;
    const share = parts.map((p) => names[p] + " " + (100 * h[p + "_total"] / tot).toFixed(1) + "%").join(", ");
    chart("hart " + k + ": privilege mode, % of time (whole run: " + share + ")", series, stacked,
      { height: 120, bands, yscale: { auto: false, range: [0, 100] }, yfmt: (v) => v + "%" });
  });

  countChart("Interrupts taken", D.interrupts, "", "No interrupts were taken.");
  countChart("Traps", D.traps, "", "No exceptions were taken.");
  countChart("Disk and network I/O, bytes", D.io, " B", "No disk or network I/O (no virtio-blk or virtio-net traffic).");
  countChart("Inputs from the log", D.inputs, "", "No inputs were logged.");

  window.addEventListener("resize", () => { for (const u of charts) u.setSize({ width: width(), height: u.height }); });

  // ---- console lines ----
  const con = D.console;
  const list = el("div", { id: "console", class: "console" });
  const rows = [];
  const problemAt = new Set(marks.filter((m) => problemKinds.has(m.kind)).map((m) => m.icount));
  con.lines.forEach(([ic, text], i) => {
    if (i === con.head && con.omitted > 0)
      list.append(el("div", { class: "omitted" }, "... " + group(con.omitted) + " more lines not shown (ttvm report --lines N keeps more) ..."));
    const row = el("div", { class: "line" + (problemAt.has(ic) ? " problem" : ""), "data-icount": String(ic), title: "click: monitor goto " + ic },
      el("span", { class: "ic" }, group(ic)), el("span", { class: "text" }, text));
    row.addEventListener("click", () => { select(ic, true); markRow(row); copy("monitor goto " + ic); });
    rows.push([ic, row]);
    list.append(row);
  });
  let current = null;
  function markRow(row) {
    if (current) current.classList.remove("current");
    current = row;
    if (row) row.classList.add("current");
  }
  function showLineNear(ic) {
    let best = null;
    for (const [x, row] of rows) { if (x <= ic) best = row; else break; }
    markRow(best);
    if (best) list.scrollTop = best.offsetTop - list.offsetTop - list.clientHeight / 3;
  }
  app.append(el("h2", {}, "Console (" + group(con.total_lines) + " lines; click one for its icount)"), list);

  // ---- profile (--symbols) ----
  if (D.profile && D.profile.top.length) {
    const t = el("table", { class: "profile" }, el("tr", {}, el("th", {}, "where"), el("th", {}, "samples"), el("th", {}, "share")));
    for (const [w, s] of D.profile.top)
      t.append(el("tr", {}, el("td", {}, w), el("td", { class: "num" }, group(s)), el("td", { class: "num" }, (100 * s / D.profile.samples).toFixed(1) + "%")));
    app.append(el("h2", {}, "Where the harts were (pc at the end of each of " + group(D.profile.samples) + " slices)"), t);
  }

  // uPlot draws in a microtask after construction: judge once it has.
  setTimeout(() => {
    if (failed) return;
    if (drawn.size !== charts.length) return fail("only " + drawn.size + " of " + charts.length + " charts drew");
    status.textContent = "REPORT-OK: " + charts.length + " charts, " + rows.length + " console lines, " + marks.length + " marks";
    status.className = "ok";
    document.documentElement.dataset.ready = "1";
  }, 0);
})();
