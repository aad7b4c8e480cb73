/* Shared user-interface helpers of the interactive figures: labelled sliders with number
 * fields, SVG plots with axes, number formatting, swapping the static figure for the live
 * one, and the page's language (English, or Chinese on the Chinese edition's pages). No arithmetic of the figures lives here: that is in optimizers.js, softmax.js,
 * information.js and bce.js, which the test suite checks against torch.
 */
(function (root) {
  "use strict";
  const TM = (root.TrainingMath = root.TrainingMath || {});
  const SVG = "http://www.w3.org/2000/svg";
  const script = document.currentScript;

  // widgets.css sits next to this file. The page template (overrides/main.html) links it
  // in <head> with the widget's scripts; link it here only on a page that did not.
  if (script && !document.querySelector("link[data-tm-widgets]")) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL("widgets.css", script.src).href;
    link.dataset.tmWidgets = "";
    document.head.appendChild(link);
  }

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === false || value === null || value === undefined) continue;
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children || []) node.append(child);
    return node;
  }

  function svg(tag, attributes, parent) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    if (parent) parent.appendChild(node);
    return node;
  }

  // The page's language: the Chinese edition's pages say <html lang="zh">, and their widgets
  // speak Chinese; any other page gets English.
  function language() {
    const lang = (typeof document !== "undefined" && document.documentElement.lang) || "";
    return lang.toLowerCase().startsWith("zh") ? "zh" : "en";
  }

  // A lookup into a widget's table of words, { en: {...}, zh: {...} }, both with the same keys:
  // t(key, ...values) is the entry in the page's language, a string, or a function of the
  // values for a sentence with numbers in it. Numbers, symbols and PyTorch names are the same
  // in both; only the words around them change.
  function strings(table) {
    const words = table[language()];
    return (key, ...values) => {
      const entry = key in words ? words[key] : table.en[key];
      if (entry === undefined) throw new Error(`no text for ${key}`);
      return typeof entry === "function" ? entry(...values) : entry;
    };
  }

  let counter = 0;
  const uid = (name) => `tm-${name}-${++counter}`;

  // Run `start` for each container matching `selector`: mark it live (widgets.css then hides
  // its static figure) and give `start` a fresh .tm-ui to fill. It runs for the containers
  // parsed when upgrade() is called, and once the page is parsed for any left.
  const mounted = [];
  function mount(selector, start) {
    const go = () => {
      for (const container of document.querySelectorAll(selector)) {
        if (container.classList.contains("tm-live")) continue;
        const ui = el("div", { class: "tm-ui" });
        container.appendChild(ui);
        start(ui, container);
        container.classList.add("tm-live");
      }
    };
    mounted.push(go);
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", go);
    else go();
  }

  // Build every widget whose container has been parsed. Each page calls it in an inline
  // script right after a widget's container (its scripts are loaded in <head>, see
  // overrides/main.html): the widget then replaces its static figure before the rest of
  // the page is parsed or painted, so nothing below it moves (no layout shift).
  function upgrade() {
    for (const go of mounted) go();
  }

  // Python-style formatting, so a live value reads as the snippets print it:
  // fmtE(0.000904, 3) -> "9.049e-04", fmtF(-0.0425, 4) -> "-0.0425".
  function fmtE(x, digits) {
    if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
    const [mantissa, exponent] = x.toExponential(digits).split("e");
    const e = Number(exponent);
    return `${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  function fmtF(x, digits) {
    if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
    return x.toFixed(digits); // as Python's f"{x:.4f}", "-0.0000" included
  }
  // A short value for a control: 0.035, 0.9, 1e-08.
  function fmtShort(x) {
    if (x === 0) return "0";
    const a = Math.abs(x);
    return a < 1e-3 || a >= 1e4 ? fmtE(x, 0).replace(/^(-?\d)e/, "$1e") : String(Number(x.toPrecision(4)));
  }

  // A labelled slider and number field that stay in step. `log`: the slider moves log10(value).
  // onInput(value) runs on every change, from either.
  function control(options) {
    const { label, min, max, step, log, value, onInput } = options;
    const id = uid("control");
    const labelNode = el("label", { for: `${id}-n`, id: `${id}-l`, text: label });
    const number = el("input", { type: "number", id: `${id}-n`, min, max, step: log ? "any" : step, value });
    const range = el("input", {
      type: "range", id: `${id}-r`, "aria-labelledby": `${id}-l`,
      min: log ? Math.log10(min) : min, max: log ? Math.log10(max) : max, step: log ? 0.01 : step,
    });
    const wrapper = el("div", { class: "tm-control" }, [labelNode, range, number]);
    const toRange = (v) => (log ? Math.log10(v) : v);
    const fromRange = (r) => (log ? Number((10 ** r).toPrecision(3)) : r);
    function show(v, from) {
      if (from !== "number") number.value = fmtShort(v);
      if (from !== "range") range.value = String(Math.min(range.max, Math.max(range.min, toRange(v))));
      range.setAttribute("aria-valuetext", fmtShort(v));
    }
    show(value);
    range.addEventListener("input", () => {
      const v = fromRange(Number(range.value));
      show(v, "range");
      onInput(v);
    });
    number.addEventListener("input", () => {
      const v = Number(number.value);
      if (number.value === "" || !Number.isFinite(v) || v < min || v > max) return;
      show(v, "number");
      onInput(v);
    });
    return { element: wrapper, set: (v) => show(v) };
  }

  function checkbox(label, checked, onChange) {
    const id = uid("check");
    const input = el("input", { type: "checkbox", id, checked });
    input.addEventListener("change", () => onChange(input.checked));
    return { element: el("div", { class: "tm-control tm-bool" }, [input, el("label", { for: id, text: label })]), input };
  }

  function select(label, options, value, onChange) {
    const id = uid("select");
    const node = el("select", { id }, options.map(([v, text]) => el("option", { value: v, text, selected: v === value })));
    node.addEventListener("change", () => onChange(node.value));
    return { element: el("div", { class: "tm-row" }, [el("label", { for: id, text: label }), node]), input: node };
  }

  // Ticks at 1, 2 and 5 times powers of ten covering [lo, hi].
  function niceTicks(lo, hi, count) {
    const span = hi - lo;
    if (!(span > 0)) return [lo];
    const raw = span / (count || 5);
    const power = 10 ** Math.floor(Math.log10(raw));
    const stepSize = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
    const ticks = [];
    for (let t = Math.ceil(lo / stepSize) * stepSize; t <= hi + stepSize * 1e-9; t += stepSize) {
      ticks.push(Math.abs(t) < stepSize * 1e-9 ? 0 : Number(t.toPrecision(12)));
    }
    return ticks;
  }

  // An SVG plot area: `x` and `y` are [lo, hi] ranges, logY plots log10 of y; xTicks, if
  // given, is a list of [value, label]. Returns the svg, scale functions sx/sy, the clipped
  // group for data, and draws the axes.
  function plot(parent, options) {
    const { width = 420, height = 300, x, y, logY, xLabel, yLabel, title, xTicks } = options;
    const m = { left: 62, right: 14, top: 12, bottom: 46 };
    const node = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "tm-plot", role: "img" }, parent);
    if (title) node.setAttribute("aria-label", title);
    const [x0, x1] = x;
    const [y0, y1] = logY ? [Math.log10(y[0]), Math.log10(y[1])] : y;
    const sx = (v) => m.left + ((v - x0) / (x1 - x0)) * (width - m.left - m.right);
    const syRaw = (v) => height - m.bottom - ((v - y0) / (y1 - y0)) * (height - m.top - m.bottom);
    const sy = (v) => syRaw(logY ? Math.log10(v) : v);
    const inverse = (px, py) => [
      x0 + ((px - m.left) / (width - m.left - m.right)) * (x1 - x0),
      y0 + ((height - m.bottom - py) / (height - m.top - m.bottom)) * (y1 - y0),
    ];
    const clipId = uid("clip");
    const clip = svg("clipPath", { id: clipId }, svg("defs", {}, node));
    svg("rect", { x: m.left, y: m.top, width: width - m.left - m.right, height: height - m.top - m.bottom }, clip);
    const axes = svg("g", { "aria-hidden": "true" }, node);
    svg("rect", { class: "tm-axis", x: m.left, y: m.top, width: width - m.left - m.right, height: height - m.top - m.bottom }, axes);
    for (const [t, label] of xTicks || niceTicks(x0, x1, 6).map((t) => [t, fmtShort(t)])) {
      svg("line", { class: "tm-axis", x1: sx(t), x2: sx(t), y1: height - m.bottom, y2: height - m.bottom + 4 }, axes);
      svg("text", { x: sx(t), y: height - m.bottom + 19, "text-anchor": "middle", text: label }, axes);
    }
    const yTicks = logY
      ? niceTicks(Math.ceil(y0), Math.floor(y1), 5).filter(Number.isInteger)
      : niceTicks(y0, y1, 5);
    for (const t of yTicks) {
      svg("line", { class: "tm-axis", x1: m.left - 4, x2: m.left, y1: syRaw(t), y2: syRaw(t) }, axes);
      svg("text", { x: m.left - 6, y: syRaw(t) + 5, "text-anchor": "end", text: logY ? `1e${t}` : fmtShort(t) }, axes);
    }
    if (xLabel) svg("text", { x: (m.left + width - m.right) / 2, y: height - 5, "text-anchor": "middle", text: xLabel }, axes);
    if (yLabel) {
      svg("text", { x: 15, y: (m.top + height - m.bottom) / 2, "text-anchor": "middle",
        transform: `rotate(-90 15 ${(m.top + height - m.bottom) / 2})`, text: yLabel }, axes);
    }
    const data = svg("g", { "clip-path": `url(#${clipId})` }, node);
    return { svg: node, data, sx, sy, inverse, margin: m, width, height, y: logY ? [10 ** y0, 10 ** y1] : [y0, y1] };
  }

  // An SVG path through points, broken where a point is not finite; coordinates are
  // clamped far outside the view so that huge values still draw as leaving it.
  function polyline(points) {
    let d = "";
    let pen = false;
    for (const [px, py] of points) {
      if (!Number.isFinite(px) || !Number.isFinite(py)) {
        pen = false;
        continue;
      }
      const cx = Math.max(-1e5, Math.min(1e5, px));
      const cy = Math.max(-1e5, Math.min(1e5, py));
      d += `${pen ? "L" : "M"}${cx.toFixed(1)} ${cy.toFixed(1)}`;
      pen = true;
    }
    return d;
  }

  TM.ui = { el, svg, uid, mount, upgrade, language, strings, fmtE, fmtF, fmtShort, control, checkbox, select, plot, polyline, niceTicks };
})(typeof self !== "undefined" ? self : this);
