/* The cross-entropy and KL widget (docs/information/entropy.md): two distributions p and q
 * over three classes, each set with sliders (the other entries rescale so the sum stays 1);
 * H(p), H(p, q), KL(p || q) and KL(q || p), computed by information.js (checked against
 * torch by the test suite).
 */
(function (root, factory) {
  "use strict";
  const api = factory(root);
  if (typeof module === "object" && module.exports) module.exports = api;
  else api.start();
})(typeof self !== "undefined" ? self : this, function (root) {
  "use strict";

  // The opening state: the pair of snippets/information/entropy_from_scratch.py;
  // hooks/figures/information/widget_information.py draws the same (tests/test_widgets.py checks it).
  const DEFAULT_STATE = { p: [0.5, 0.3, 0.2], q: [0.25, 0.25, 0.5] };
  const SUB = "₀₁₂";

  function start() {
    const TM = root.TrainingMath;
    TM.ui.mount(".tm-information", (host) => build(host, TM.information, TM.ui));
  }

  function build(host, math, ui) {
    const { el } = ui;
    const state = JSON.parse(JSON.stringify(DEFAULT_STATE));
    const sliders = { p: [], q: [] };
    const boxes = [];
    for (const [name, title] of [["p", "p, the true distribution"], ["q", "q, the model's distribution"]]) {
      const box = el("fieldset", {}, [el("legend", { text: title })]);
      const controls = el("div", { class: "tm-controls" });
      state[name].forEach((value, c) => {
        const slider = ui.control({ label: `${name}${SUB[c]}`, min: 0, max: 1, step: 0.01, value,
          onInput: (v) => {
            state[name] = math.setProbability(state[name], c, v);
            state[name].forEach((pk, k) => { if (k !== c) sliders[name][k].set(round(pk)); });
            update();
          } });
        sliders[name].push(slider);
        controls.append(slider.element);
      });
      box.append(controls);
      boxes.push(box);
    }
    const chart = el("div", { class: "tm-plots" });
    const live = el("div", { class: "tm-live-text", "aria-live": "polite" });
    host.append(chart, live, ...boxes,
      el("p", { class: "tm-note", text: "Left: p (solid) and q (lighter) for each class. Right: the four quantities, "
        + "in nats. Moving one probability rescales the other two of the same distribution, so that each sums to 1." }));

    const round = (v) => Math.round(v * 1e4) / 1e4;
    const nats = (v) => (Number.isFinite(v) ? ui.fmtF(v, 4) : "∞");

    function update() {
      const r = math.evaluate(state.p, state.q);
      chart.replaceChildren();
      const left = el("div");
      const right = el("div");
      chart.append(left, right);
      const xTicks = [0, 1, 2].map((c) => [c, `class ${c}`]);
      const bars = ui.plot(left, { x: [-0.5, 2.5], y: [0, 1], height: 280, xTicks, yLabel: "probability",
        title: "Bar chart of p and q over the three classes" });
      [state.p, state.q].forEach((dist, k) => {
        dist.forEach((value, c) => {
          const x0 = bars.sx(c - 0.38 + k * 0.38);
          const x1 = bars.sx(c + k * 0.38);
          ui.svg("rect", { class: `tm-run-${k ? 1 : 0}`, x: x0, width: x1 - x0 - 1, y: bars.sy(value),
            height: Math.max(0, bars.sy(0) - bars.sy(value)), "fill-opacity": k ? 0.55 : 1 }, bars.data);
        });
      });
      const values = [["H(p)", r.entropyP], ["H(p, q)", r.crossEntropy], ["KL(p‖q)", r.klPQ], ["KL(q‖p)", r.klQP]];
      const finite = values.map(([, v]) => v).filter(Number.isFinite);
      const top = Math.max(1.5, Math.ceil(Math.max(...finite) * 2) / 2);
      const sums = ui.plot(right, { x: [-0.5, 3.5], y: [0, top], height: 280, yLabel: "nats",
        xTicks: values.map(([label], i) => [i, label]), title: "Bar chart of H(p), H(p, q), KL(p‖q) and KL(q‖p)" });
      values.forEach(([, v], i) => {
        const shown = Number.isFinite(v) ? v : top;
        const x0 = sums.sx(i - 0.3);
        const x1 = sums.sx(i + 0.3);
        ui.svg("rect", { class: `tm-run-${i < 2 ? 2 : i === 2 ? 0 : 1}`, x: x0, width: x1 - x0, y: sums.sy(shown),
          height: Math.max(0, sums.sy(0) - sums.sy(shown)) }, sums.data);
        ui.svg("text", { x: (x0 + x1) / 2, y: Math.max(sums.sy(shown) - 6, 26), "text-anchor": "middle", text: nats(v) }, sums.svg);
      });
      const fmt = (d) => `(${d.map((x) => ui.fmtF(x, 2)).join(", ")})`;
      const asymmetry = r.klPQ === r.klQP ? "equal here" : "not equal: KL is not symmetric";
      live.replaceChildren(
        el("p", { text: `p = ${fmt(state.p)}, q = ${fmt(state.q)}:` }),
        el("ul", {}, [
          el("li", { text: `entropy H(p) = ${nats(r.entropyP)} nats` }),
          el("li", { text: `cross-entropy H(p, q) = ${nats(r.crossEntropy)} nats = H(p) + KL(p‖q)` }),
          el("li", { text: `KL(p‖q) = ${nats(r.klPQ)} and KL(q‖p) = ${nats(r.klQP)} nats, ${asymmetry}` }),
        ]));
    }
    update();
  }

  return { DEFAULT_STATE, start };
});
