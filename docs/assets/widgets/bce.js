/* Binary cross-entropy against the logit z: BCEWithLogitsLoss, and sigmoid then BCELoss in float32.
 *
 * The formulas of docs/losses/binary.md:
 *   with logits (float64):  l = max(z, 0) - z y + log(1 + exp(-|z|)),   dl/dz = sigma(z) - y
 *   sigmoid + BCELoss (float32, every operation rounded to float32 as torch's CPU kernels do):
 *     x = 1 / (1 + exp(-z))
 *     l = (y - 1) max(log1p(-x), -100) - y max(log(x), -100)
 *     dl/dz = [(x - y) / max((1 - x) x, 1e-12)] (1 - x) x      (BCELoss's backward, then the sigmoid's)
 * tests/test_widgets.py runs this file in node and compares both routes with
 * F.binary_cross_entropy_with_logits and F.binary_cross_entropy(torch.sigmoid(z)) under
 * autograd, and the logits where the float32 route breaks with
 * snippets/losses/bce_sigmoid_limits.py.
 *
 * Runs in the browser (window.TrainingMath.bce) and in node (module.exports).
 */
(function (root, factory) {
  "use strict";
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.TrainingMath = root.TrainingMath || {};
    root.TrainingMath.bce = api;
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  const f32 = Math.fround;
  const EPSILON = f32(1e-12); // BCELoss's backward clamp

  // sigma(z) without overflow, float64.
  function sigmoid(z) {
    if (z >= 0) return 1 / (1 + Math.exp(-z));
    const e = Math.exp(z);
    return e / (1 + e);
  }

  // BCEWithLogitsLoss, float64: the loss and its derivative in z.
  function withLogits(z, y) {
    return { loss: Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z))), grad: sigmoid(z) - y };
  }

  // torch.sigmoid in float32: 1 / (1 + exp(-z)), each step rounded; exp(-z) overflows to
  // Infinity once -z passes about 88.72, and 1 + exp(-z) rounds to 1 once z passes about 16.64.
  function sigmoid32(z) {
    const x = f32(z);
    return f32(1 / f32(1 + f32(Math.exp(-x))));
  }

  // F.binary_cross_entropy(torch.sigmoid(z), y) in float32: the loss and its derivative in z.
  function sigmoidThenBCELoss(z, y) {
    const x = sigmoid32(z);
    const t = f32(y);
    const logX = Math.max(f32(Math.log(x)), -100);
    const log1mX = Math.max(f32(Math.log1p(-x)), -100);
    const loss = f32(f32((t - 1) * log1mX) - f32(t * logX));
    const dLossDx = f32(f32(x - t) / Math.max(f32(f32(1 - x) * x), EPSILON));
    const grad = f32(f32(dLossDx * f32(1 - x)) * x);
    return { loss, grad, sigmoid: x };
  }

  // The first float32 in [low, high), 0 <= low < high, where `test` holds, for a `test` that is
  // false, then true, along the float32 values in order (bisection on their bit patterns,
  // which for positive floats are ordered as the values are).
  function firstFloat32(low, high, test) {
    const view = new DataView(new ArrayBuffer(4));
    const bits = (x) => (view.setFloat32(0, x), view.getInt32(0));
    const value = (b) => (view.setInt32(0, b), view.getFloat32(0));
    let lo = bits(low);
    let hi = bits(high);
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (test(value(mid))) hi = mid;
      else lo = mid + 1;
    }
    return value(lo);
  }

  // Where sigmoid then BCELoss breaks in float32 (docs/losses/binary.md, "Large logits"):
  // oneFrom, the first logit whose sigmoid is 1.0; zeroFrom, the first logit (going down) whose
  // sigmoid is 0.0; clampFrom, |z| beyond which x (1 - x) < 1e-12 in the backward: -ln(1e-12).
  function limits() {
    return {
      oneFrom: firstFloat32(16, 17, (z) => sigmoid32(z) === 1),
      zeroFrom: -firstFloat32(88, 89, (z) => sigmoid32(-z) === 0),
      clampFrom: -Math.log(1e-12),
    };
  }

  function evaluate(z, y) {
    return { withLogits: withLogits(z, y), sigmoidThenBCELoss: sigmoidThenBCELoss(z, y) };
  }

  return { sigmoid, withLogits, sigmoid32, sigmoidThenBCELoss, limits, evaluate };
});
