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

  function start() {
    const TM = root.TrainingMath;
    TM.ui.mount(".tm-softmax", (host) => build(host, TM.softmax, TM.ui));
  }

  function build(host, math, ui) {
    const { el } = ui;
    const state = JSON.parse(JSON.stringify(DEFAULT_STATE));
    const controls = el("div", { class: "tm-controls" });
    state.z.forEach((zc, c) => {
      controls.append(ui.control({ label: `logit z${"₀₁₂"[c]}`, min: -10, max: 10, step: 0.1, value: zc,
        onInput: (v) => { state.z[c] = v; update(); } }).element);
    });
    controls.append(ui.control({ label: "temperature T", min: 0.05, max: 20, log: true, value: state.T,
      onInput: (v) => { state.T = v; update(); } }).element);
    const target = ui.select("cross-entropy against class y =", [["0", "0"], ["1", "1"], ["2", "2"]], String(state.y),
      (value) => { state.y = Number(value); update(); });
    const chart = el("div", { class: "tm-plots" });
    const live = el("div", { class: "tm-live-text", "aria-live": "polite" });
    host.append(controls, target.element, chart, live);

    function update() {
      const r = math.evaluate(state.z, state.T, state.y);
      chart.replaceChildren();
      const box = el("div");
      chart.append(box);
      const xTicks = [0, 1, 2].map((c) => [c, `class ${c}${c === state.y ? " (y)" : ""}`]);
      const plot = ui.plot(box, { x: [-0.5, 2.5], y: [0, 1], height: 260, width: 420, yLabel: "q = softmax(z / T)",
        xTicks, title: "Bar chart of the three probabilities q" });
      r.q.forEach((qc, c) => {
        const x0 = plot.sx(c - 0.3);
        const x1 = plot.sx(c + 0.3);
        ui.svg("rect", { class: `tm-run-${c === state.y ? 0 : 3}`, x: x0, width: x1 - x0, y: plot.sy(qc),
          height: Math.max(0, plot.sy(0) - plot.sy(qc)) }, plot.data);
        ui.svg("text", { x: (x0 + x1) / 2, y: Math.max(plot.sy(qc) - 6, 26), "text-anchor": "middle", text: ui.fmtF(qc, 4) }, plot.svg);
      });
      live.replaceChildren(
        el("p", { text: `z / T = (${state.z.map((zc) => ui.fmtF(zc / state.T, 3)).join(", ")}) at T = ${ui.fmtShort(state.T)}.` }),
        el("ul", {}, [
          el("li", { text: `q = softmax(z / T) = (${r.q.map((qc) => ui.fmtF(qc, 4)).join(", ")})` }),
          el("li", { text: `entropy H(q) = ${ui.fmtF(r.entropy, 4)} nats (at most log 3 = ${ui.fmtF(Math.log(3), 4)})` }),
          el("li", { text: `cross-entropy against class ${state.y}: −log q${"₀₁₂"[state.y]} = ${ui.fmtF(r.crossEntropy, 4)} nats` }),
        ]));
    }
    update();
  }

  return { DEFAULT_STATE, start };
});
