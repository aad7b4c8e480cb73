/* The BCE widget (docs/losses/binary.md): the loss and its gradient against the logit z, for
 * targets 1 and 0, by BCEWithLogitsLoss (float64) and by a float32 sigmoid then BCELoss, with
 * the logits where the second route breaks. The arithmetic is bce.js (checked against torch
 * by the test suite).
 */
(function (root, factory) {
  "use strict";
  const api = factory(root);
  if (typeof module === "object" && module.exports) module.exports = api;
  else api.start();
})(typeof self !== "undefined" ? self : this, function (root) {
  "use strict";

  // The opening logit, a row of snippets/losses/bce_saturation.py; hooks/figures/losses/widget_bce.py
  // draws the same state (tests/test_widgets.py checks it).
  const DEFAULT_STATE = { z: 17 };
  const RANGE = [-100, 40];

  // Every word a reader sees or hears, in English and in Chinese (the Chinese edition's pages).
  const STRINGS = {
    en: {
      logit: "logit z",
      note: (clamp) => "Solid: BCEWithLogitsLoss (float64). Dashed: float32 sigmoid then BCELoss. "
        + "Colours: target y = 1 and y = 0. Dotted verticals: where σ(z) underflows to 0, where the backward clamp "
        + `starts (|z| > ${clamp}), where σ(z) rounds to 1.`,
      loss: "loss",
      grad: "d loss / d z",
      panelTitle: (key, name) => `${name} against the logit z for targets 1 and 0, both routes`,
      item: (y, a, b) => `y = ${y}: BCEWithLogitsLoss loss ${a.loss}, gradient ${a.grad}; `
        + `float32 sigmoid then BCELoss loss ${b.loss}, gradient ${b.grad}`,
      one: (z) => `In float32 σ(z) is 1.0 from z = ${z}: with y = 0, BCELoss clamps log(1 − σ(z)) at −100 and reports 100 with a zero gradient.`,
      zero: (z) => `In float32 σ(z) is 0.0 from z = ${z}: with y = 1, BCELoss clamps log σ(z) at −100 and reports 100 with a zero gradient.`,
      clamp: (z) => `|z| > ${z}: BCELoss's backward divides by max(σ(1 − σ), 1e-12), so the gradient of the wrong prediction shrinks towards 0 while its loss is still right.`,
      at: (z) => `At z = ${z}:`,
    },
    zh: {
      logit: "logit z",
      note: (clamp) => "实线：BCEWithLogitsLoss（float64）。虚线：先做 float32 sigmoid，再用 BCELoss。"
        + "两种颜色：目标 y = 1 和 y = 0。点线竖线依次标出：σ(z) 下溢为 0 之处，反向传播开始截断之处"
        + `（|z| > ${clamp}），σ(z) 舍入为 1 之处。`,
      loss: "损失",
      grad: "梯度 ∂ℓ/∂z",
      panelTitle: (key, name) => `目标为 1 和 0 时，两种路线的${key === "loss" ? "损失" : "梯度"}随 logit z 的变化`,
      item: (y, a, b) => `y = ${y}：BCEWithLogitsLoss 的损失为 ${a.loss}，梯度为 ${a.grad}；`
        + `先做 float32 sigmoid 再用 BCELoss，损失为 ${b.loss}，梯度为 ${b.grad}`,
      one: (z) => `在 float32 下，从 z = ${z} 起 σ(z) 为 1.0：y = 0 时，BCELoss 把 log(1 − σ(z)) 截断在 −100，报告损失 100，梯度为零。`,
      zero: (z) => `在 float32 下，从 z = ${z} 起 σ(z) 为 0.0：y = 1 时，BCELoss 把 log σ(z) 截断在 −100，报告损失 100，梯度为零。`,
      clamp: (z) => `|z| > ${z}：BCELoss 的反向传播除以 max(σ(1 − σ), 1e-12)，所以错误预测的梯度向 0 缩小，而它的损失仍然正确。`,
      at: (z) => `z = ${z} 时：`,
    },
  };

  function start() {
    const TM = root.TrainingMath;
    TM.ui.mount(".tm-bce", (host) => build(host, TM.bce, TM.ui));
  }

  // The curves, sampled every 0.1 and on both sides of each limit, where the float32 route jumps.
  function samples(math) {
    const limits = math.limits();
    const z = [];
    for (let k = RANGE[0] * 10; k <= RANGE[1] * 10; k++) z.push(k / 10);
    for (const edge of [limits.oneFrom, limits.zeroFrom]) z.push(edge, edge - Math.sign(edge) * 1e-5);
    z.sort((a, b) => a - b);
    const curves = {};
    for (const y of [1, 0]) {
      curves[y] = z.map((zi) => math.evaluate(zi, y));
    }
    return { z, curves, limits };
  }

  function build(host, math, ui) {
    const { el } = ui;
    const t = ui.strings(STRINGS);
    const state = JSON.parse(JSON.stringify(DEFAULT_STATE));
    const { z, curves, limits } = samples(math);
    const slider = ui.control({ label: t("logit"), min: RANGE[0], max: RANGE[1], step: 0.01, value: state.z,
      onInput: (v) => { state.z = v; update(); } });
    const chart = el("div", { class: "tm-plots" });
    const live = el("div", { class: "tm-live-text", "aria-live": "polite" });
    host.append(el("div", { class: "tm-controls" }, [slider.element]), chart, live,
      el("p", { class: "tm-note", text: t("note", ui.fmtF(limits.clampFrom, 2)) }));

    const panels = [];
    for (const [key, title, y] of [["loss", t("loss"), [-3, 106]], ["grad", t("grad"), [-1.1, 1.1]]]) {
      const box = el("div");
      chart.append(box);
      const plot = ui.plot(box, { x: RANGE, y, height: 300, xLabel: t("logit"), yLabel: title,
        title: t("panelTitle", key, title) });
      for (const edge of [limits.zeroFrom, -limits.clampFrom, limits.oneFrom]) {
        ui.svg("line", { class: "tm-grid", x1: plot.sx(edge), x2: plot.sx(edge), y1: plot.sy(y[0]), y2: plot.sy(y[1]),
          "stroke-dasharray": "2 3" }, plot.data);
      }
      [1, 0].forEach((target, index) => {
        for (const [route, dash] of [["withLogits", null], ["sigmoidThenBCELoss", "6 3"]]) {
          const points = z.map((zi, i) => [plot.sx(zi), plot.sy(Math.max(y[0], Math.min(y[1], curves[target][i][route][key])))]);
          const path = ui.svg("path", { class: `tm-line tm-run-${index}`, d: ui.polyline(points) }, plot.data);
          path.style.strokeDasharray = dash || "none"; // a style, to override the run's own dashes
          if (!dash) path.style.strokeWidth = "3";
        }
      });
      const marker = ui.svg("line", { class: "tm-axis", "stroke-width": 2, y1: plot.sy(y[0]), y2: plot.sy(y[1]) }, plot.data);
      panels.push(marker);
      panels.push(plot);
    }

    const value = (v) => (v !== 0 && Math.abs(v) < 1e-3 ? ui.fmtE(v, 3) : ui.fmtF(v, 4));
    function update() {
      for (let k = 0; k < panels.length; k += 2) {
        const x = panels[k + 1].sx(state.z);
        panels[k].setAttribute("x1", x);
        panels[k].setAttribute("x2", x);
      }
      const items = [1, 0].map((y) => {
        const r = math.evaluate(state.z, y);
        const a = r.withLogits;
        const b = r.sigmoidThenBCELoss;
        return el("li", { text: t("item", y, { loss: value(a.loss), grad: value(a.grad) },
          { loss: value(b.loss), grad: value(b.grad) }) });
      });
      const notes = [];
      if (state.z >= limits.oneFrom) {
        notes.push(t("one", limits.oneFrom));
      }
      if (state.z <= limits.zeroFrom) {
        notes.push(t("zero", limits.zeroFrom));
      }
      if (Math.abs(state.z) > limits.clampFrom && state.z > limits.zeroFrom && state.z < limits.oneFrom) {
        notes.push(t("clamp", ui.fmtF(limits.clampFrom, 3)));
      }
      live.replaceChildren(
        el("p", { text: t("at", ui.fmtF(state.z, 2)) }),
        el("ul", {}, items),
        ...notes.map((text) => el("p", { text })));
    }
    update();
  }

  return { DEFAULT_STATE, RANGE, start };
});
