/* Softmax with a temperature, its entropy and the cross-entropy against one class.
 *
 * The formulas of docs/information/softmax.md and docs/information/entropy.md, in float64:
 *   q_c = softmax(z / T)_c = exp(z_c / T - m) / sum_k exp(z_k / T - m),  m = max_k z_k / T
 *   log q_c = z_c / T - LSE(z / T),   LSE(s) = m + log sum_k exp(s_k - m)
 *   H(q) = -sum_c q_c log q_c,        H(p, q) = -log q_y for the one-hot p of class y
 * tests/test_widgets.py runs this file in node and compares it with F.softmax,
 * F.log_softmax, -(q * log q).sum() and F.cross_entropy.
 *
 * Runs in the browser (window.TrainingMath.softmax) and in node (module.exports).
 */
(function (root, factory) {
  "use strict";
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.TrainingMath = root.TrainingMath || {};
    root.TrainingMath.softmax = api;
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // log q = z / T - LSE(z / T), with the largest scaled logit subtracted first so no exp overflows.
  function logSoftmax(z, T) {
    const s = z.map((zc) => zc / T);
    const m = Math.max(...s);
    let total = 0;
    for (const sc of s) total += Math.exp(sc - m);
    const logTotal = Math.log(total);
    return s.map((sc) => sc - m - logTotal); // z_c / T - LSE, subtracting the large m first
  }

  function softmax(z, T) {
    const s = z.map((zc) => zc / T);
    const m = Math.max(...s);
    const e = s.map((sc) => Math.exp(sc - m));
    const total = e.reduce((a, b) => a + b, 0);
    return e.map((ec) => ec / total);
  }

  // H(q) = -sum_c q_c log q_c; a q_c that underflowed to 0 contributes 0.
  function entropy(z, T) {
    const q = softmax(z, T);
    const logQ = logSoftmax(z, T);
    let h = 0;
    for (let c = 0; c < q.length; c++) if (q[c] > 0) h -= q[c] * logQ[c];
    return h;
  }

  // F.cross_entropy(z / T, y): -log q_y.
  function crossEntropy(z, T, y) {
    return -logSoftmax(z, T)[y];
  }

  // Everything the widget shows for logits z, temperature T and class y.
  function evaluate(z, T, y) {
    return { q: softmax(z, T), logQ: logSoftmax(z, T), entropy: entropy(z, T), crossEntropy: crossEntropy(z, T, y) };
  }

  return { softmax, logSoftmax, entropy, crossEntropy, evaluate };
});
