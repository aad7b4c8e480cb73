/* The softmax temperature widget (docs/information/softmax.md): sliders for three logits and
 * the temperature T, a class y; the probabilities q = softmax(z / T), the entropy H(q) and
 * the cross-entropy -log q_y, computed by softmax.js (checked against torch by the test suite).
 */
(function (root, factory) {
  "use strict";
  const api = factory(root);
  if (typeof module === "object" && module.exports) module.exports = api;
  else api.start();
})(typeof self !== "undefined" ? self : this, function (root) {
  "use strict";

  // The opening state: the logits and temperature of snippets/information/softmax_temperature.py;
  // hooks/figures/information/widget_softmax.py draws the same (tests/test_widgets.py checks it).
  const DEFAULT_STATE = { z: [2.0, 1.0, 0.1], T: 1.0, y: 0 };
  const SUB = "₀₁₂";

  // Every word a reader sees or hears, in English and in Chinese (the Chinese edition's pages).
  const STRINGS = {
    en: {
      logit: (c) => `logit z${SUB[c]}`,
      temperature: "temperature T",
      target: "cross-entropy against class y =",
      classTick: (c, isTarget) => `class ${c}${isTarget ? " (y)" : ""}`,
      chartTitle: "Bar chart of the three probabilities q",
      scaled: (values, T) => `z / T = (${values}) at T = ${T}.`,
      probabilities: (values) => `q = softmax(z / T) = (${values})`,
      entropy: (h, most) => `entropy H(q) = ${h} nats (at most log 3 = ${most})`,
      crossEntropy: (y, ce) => `cross-entropy against class ${y}: −log q${SUB[y]} = ${ce} nats`,
    },
    zh: {
      logit: (c) => `logit z${SUB[c]}`,
      temperature: "温度 T",
      target: "交叉熵的目标类别 y =",
      classTick: (c, isTarget) => `类别 ${c}${isTarget ? " (y)" : ""}`,
      chartTitle: "三个概率 q 的柱状图",
      scaled: (values, T) => `T = ${T} 时，z / T = (${values})。`,
      probabilities: (values) => `概率 q = softmax(z / T) = (${values})`,
      entropy: (h, most) => `熵 H(q) = ${h} 奈特（最大为 log 3 = ${most}）`,
      crossEntropy: (y, ce) => `相对于类别 ${y} 的交叉熵：−log q${SUB[y]} = ${ce} 奈特`,
    },
  };

  function start() {
    const TM = root.TrainingMath;
    TM.ui.mount(".tm-softmax", (host) => build(host, TM.softmax, TM.ui));
  }

  function build(host, math, ui) {
    const { el } = ui;
    const t = ui.strings(STRINGS);
    const state = JSON.parse(JSON.stringify(DEFAULT_STATE));
    const controls = el("div", { class: "tm-controls" });
    state.z.forEach((zc, c) => {
      controls.append(ui.control({ label: t("logit", c), min: -10, max: 10, step: 0.1, value: zc,
        onInput: (v) => { state.z[c] = v; update(); } }).element);
    });
    controls.append(ui.control({ label: t("temperature"), min: 0.05, max: 20, log: true, value: state.T,
      onInput: (v) => { state.T = v; update(); } }).element);
    const target = ui.select(t("target"), [["0", "0"], ["1", "1"], ["2", "2"]], String(state.y),
      (value) => { state.y = Number(value); update(); });
    const chart = el("div", { class: "tm-plots" });
    const live = el("div", { class: "tm-live-text", "aria-live": "polite" });
    host.append(controls, target.element, chart, live);

    function update() {
      const r = math.evaluate(state.z, state.T, state.y);
      chart.replaceChildren();
      const box = el("div");
      chart.append(box);
      const xTicks = [0, 1, 2].map((c) => [c, t("classTick", c, c === state.y)]);
      const plot = ui.plot(box, { x: [-0.5, 2.5], y: [0, 1], height: 260, width: 420, yLabel: "q = softmax(z / T)",
        xTicks, title: t("chartTitle") });
      r.q.forEach((qc, c) => {
        const x0 = plot.sx(c - 0.3);
        const x1 = plot.sx(c + 0.3);
        ui.svg("rect", { class: `tm-run-${c === state.y ? 0 : 3}`, x: x0, width: x1 - x0, y: plot.sy(qc),
          height: Math.max(0, plot.sy(0) - plot.sy(qc)) }, plot.data);
        ui.svg("text", { x: (x0 + x1) / 2, y: Math.max(plot.sy(qc) - 6, 26), "text-anchor": "middle", text: ui.fmtF(qc, 4) }, plot.svg);
      });
      live.replaceChildren(
        el("p", { text: t("scaled", state.z.map((zc) => ui.fmtF(zc / state.T, 3)).join(", "), ui.fmtShort(state.T)) }),
        el("ul", {}, [
          el("li", { text: t("probabilities", r.q.map((qc) => ui.fmtF(qc, 4)).join(", ")) }),
          el("li", { text: t("entropy", ui.fmtF(r.entropy, 4), ui.fmtF(Math.log(3), 4)) }),
          el("li", { text: t("crossEntropy", state.y, ui.fmtF(r.crossEntropy, 4)) }),
        ]));
    }
    update();
  }

  return { DEFAULT_STATE, start };
});
