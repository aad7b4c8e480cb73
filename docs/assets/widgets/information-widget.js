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

  // Every word a reader sees or hears, in English and in Chinese (the Chinese edition's pages).
  const STRINGS = {
    en: {
      legendP: "p, the true distribution",
      legendQ: "q, the model's distribution",
      note: "Left: p (solid) and q (lighter) for each class. Right: the four quantities, "
        + "in nats. Moving one probability rescales the other two of the same distribution, so that each sums to 1.",
      classTick: (c) => `class ${c}`,
      probability: "probability",
      barsTitle: "Bar chart of p and q over the three classes",
      nats: "nats",
      sumsTitle: "Bar chart of H(p), H(p, q), KL(p‖q) and KL(q‖p)",
      equal: "equal here",
      notEqual: "not equal: KL is not symmetric",
      pair: (p, q) => `p = ${p}, q = ${q}:`,
      entropy: (h) => `entropy H(p) = ${h} nats`,
      crossEntropy: (ce) => `cross-entropy H(p, q) = ${ce} nats = H(p) + KL(p‖q)`,
      kl: (pq, qp, asymmetry) => `KL(p‖q) = ${pq} and KL(q‖p) = ${qp} nats, ${asymmetry}`,
    },
    zh: {
      legendP: "p，真实分布",
      legendQ: "q，模型的分布",
      note: "左：每个类别的 p（实心）和 q（浅色）。右：四个量，单位为奈特。"
        + "移动一个概率时，同一分布的另外两个概率随之按比例缩放，使每个分布的和仍为 1。",
      classTick: (c) => `类别 ${c}`,
      probability: "概率",
      barsTitle: "三个类别上 p 和 q 的柱状图",
      nats: "奈特",
      sumsTitle: "H(p)、H(p, q)、KL(p‖q) 和 KL(q‖p) 的柱状图",
      equal: "此处二者相等",
      notEqual: "二者不相等：KL 散度不对称",
      pair: (p, q) => `p = ${p}，q = ${q}：`,
      entropy: (h) => `熵 H(p) = ${h} 奈特`,
      crossEntropy: (ce) => `交叉熵 H(p, q) = ${ce} 奈特 = H(p) + KL(p‖q)`,
      kl: (pq, qp, asymmetry) => `KL 散度 KL(p‖q) = ${pq} 奈特，KL(q‖p) = ${qp} 奈特，${asymmetry}`,
    },
  };

  function start() {
    const TM = root.TrainingMath;
    TM.ui.mount(".tm-information", (host) => build(host, TM.information, TM.ui));
  }

  function build(host, math, ui) {
    const { el } = ui;
    const t = ui.strings(STRINGS);
    const state = JSON.parse(JSON.stringify(DEFAULT_STATE));
    const sliders = { p: [], q: [] };
    const boxes = [];
    for (const [name, title] of [["p", t("legendP")], ["q", t("legendQ")]]) {
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
      el("p", { class: "tm-note", text: t("note") }));

    const round = (v) => Math.round(v * 1e4) / 1e4;
    const nats = (v) => (Number.isFinite(v) ? ui.fmtF(v, 4) : "∞");

    function update() {
      const r = math.evaluate(state.p, state.q);
      chart.replaceChildren();
      const left = el("div");
      const right = el("div");
      chart.append(left, right);
      const xTicks = [0, 1, 2].map((c) => [c, t("classTick", c)]);
      const bars = ui.plot(left, { x: [-0.5, 2.5], y: [0, 1], height: 280, xTicks, yLabel: t("probability"),
        title: t("barsTitle") });
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
      const sums = ui.plot(right, { x: [-0.5, 3.5], y: [0, top], height: 280, yLabel: t("nats"),
        xTicks: values.map(([label], i) => [i, label]), title: t("sumsTitle") });
      values.forEach(([, v], i) => {
        const shown = Number.isFinite(v) ? v : top;
        const x0 = sums.sx(i - 0.3);
        const x1 = sums.sx(i + 0.3);
        ui.svg("rect", { class: `tm-run-${i < 2 ? 2 : i === 2 ? 0 : 1}`, x: x0, width: x1 - x0, y: sums.sy(shown),
          height: Math.max(0, sums.sy(0) - sums.sy(shown)) }, sums.data);
        ui.svg("text", { x: (x0 + x1) / 2, y: Math.max(sums.sy(shown) - 6, 26), "text-anchor": "middle", text: nats(v) }, sums.svg);
      });
      const fmt = (d) => `(${d.map((x) => ui.fmtF(x, 2)).join(", ")})`;
      const asymmetry = r.klPQ === r.klQP ? t("equal") : t("notEqual");
      live.replaceChildren(
        el("p", { text: t("pair", fmt(state.p), fmt(state.q)) }),
        el("ul", {}, [
          el("li", { text: t("entropy", nats(r.entropyP)) }),
          el("li", { text: t("crossEntropy", nats(r.crossEntropy)) }),
          el("li", { text: t("kl", nats(r.klPQ), nats(r.klQP), asymmetry) }),
        ]));
    }
    update();
  }

  return { DEFAULT_STATE, start };
});
