/* Entropy, cross-entropy and KL divergence between two distributions p and q.
 *
 * The definitions of docs/information/entropy.md, in nats (natural log), float64:
 *   H(p) = -sum_c p_c log p_c
 *   H(p, q) = -sum_c p_c log q_c
 *   KL(p || q) = sum_c p_c (log p_c - log q_c)
 * with 0 log 0 = 0 (a class with p_c = 0 adds nothing, as torch.xlogy and torch.special.entr
 * do) and +Infinity where q_c = 0 < p_c. tests/test_widgets.py runs this file in node and
 * compares it with torch.special.entr, torch.xlogy and F.kl_div.
 *
 * Runs in the browser (window.TrainingMath.information) and in node (module.exports).
 */
(function (root, factory) {
  "use strict";
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.TrainingMath = root.TrainingMath || {};
    root.TrainingMath.information = api;
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // x log y, and 0 wherever x = 0 (torch.xlogy).
  function xlogy(x, y) {
    return x === 0 ? 0 : x * Math.log(y);
  }

  function entropy(p) {
    let h = 0;
    for (const pc of p) h -= xlogy(pc, pc);
    return h;
  }

  function crossEntropy(p, q) {
    let h = 0;
    for (let c = 0; c < p.length; c++) h -= xlogy(p[c], q[c]);
    return h;
  }

  // Elementwise p_c log p_c - p_c log q_c, as F.kl_div(log q, p) computes it, summed.
  function kl(p, q) {
    let d = 0;
    for (let c = 0; c < p.length; c++) d += xlogy(p[c], p[c]) - xlogy(p[c], q[c]);
    return d;
  }

  function evaluate(p, q) {
    return { entropyP: entropy(p), crossEntropy: crossEntropy(p, q), klPQ: kl(p, q), klQP: kl(q, p) };
  }

  // Set p[c] to `value` (clamped to [0, 1]) and rescale the other entries so the sum stays 1.
  function setProbability(p, c, value) {
    const v = Math.min(1, Math.max(0, value));
    const rest = p.reduce((a, b, k) => (k === c ? a : a + b), 0);
    return p.map((pk, k) => {
      if (k === c) return v;
      return rest > 0 ? (pk * (1 - v)) / rest : (1 - v) / (p.length - 1);
    });
  }

  return { xlogy, entropy, crossEntropy, kl, evaluate, setProbability };
});
