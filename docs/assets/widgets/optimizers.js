/* The optimizers of torch.optim (torch 2.13), one step at a time, on plain numbers.
 *
 * Each `step` follows torch's single-tensor code (`_single_tensor_<name>` in
 * torch/optim/<name>.py, the path torch takes for CPU tensors) operation by operation,
 * in the same order, so that in float64 the iterates are torch.optim's:
 * tests/test_widgets.py runs this file in node over a grid of settings and compares
 * every step with torch. Names follow the site's notation page: g gradient, b momentum
 * buffer, m and v first and second moments, eta the learning rate (`lr`).
 *
 * ATen's elementwise ops, as used below:
 *   a.add(b, alpha=s)           a + s * b
 *   a.addcmul(b, c, value=s)    a + s * b * c      ((s * b) * c)
 *   a.addcdiv(b, c, value=s)    a + s * b / c      ((s * b) / c)
 *   a.lerp(b, w)                a + w * (b - a) if |w| < 0.5, else b - (b - a) * (1 - w)
 *
 * Runs in the browser (window.TrainingMath.optimizers) and in node (module.exports).
 */
(function (root, factory) {
  "use strict";
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.TrainingMath = root.TrainingMath || {};
    root.TrainingMath.optimizers = api;
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // torch.optim's defaults, as `torch.optim.<Name>([p]).defaults` prints them
  // (implementation switches such as foreach, fused and capturable left out).
  const DEFAULTS = {
    SGD: { lr: 0.001, momentum: 0, dampening: 0, weight_decay: 0, nesterov: false, maximize: false },
    Adagrad: { lr: 0.01, lr_decay: 0, eps: 1e-10, weight_decay: 0, initial_accumulator_value: 0, maximize: false },
    RMSprop: { lr: 0.01, momentum: 0, alpha: 0.99, eps: 1e-8, centered: false, weight_decay: 0, maximize: false },
    Adadelta: { lr: 1.0, rho: 0.9, eps: 1e-6, weight_decay: 0, maximize: false },
    Adam: { lr: 0.001, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, amsgrad: false, maximize: false,
      decoupled_weight_decay: false },
    AdamW: { lr: 0.001, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0.01, amsgrad: false, maximize: false,
      decoupled_weight_decay: true },
    Adamax: { lr: 0.002, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, maximize: false },
    NAdam: { lr: 0.002, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, momentum_decay: 0.004,
      decoupled_weight_decay: false, maximize: false },
    RAdam: { lr: 0.001, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, maximize: false,
      decoupled_weight_decay: false },
  };

  function lerp(a, b, w) {
    return Math.abs(w) < 0.5 ? a + w * (b - a) : b - (b - a) * (1 - w);
  }

  // g_t, negated for maximize=True.
  function gradient(grad, o) {
    return o.maximize ? grad.map((x) => -x) : grad.slice();
  }

  // Coupled weight decay: g_t + lambda * theta_t.
  function withWeightDecay(g, theta, weightDecay) {
    return weightDecay !== 0 ? g.map((gi, i) => gi + weightDecay * theta[i]) : g;
  }

  const zeros = (n) => new Array(n).fill(0);

  // Each optimizer: init(n, o) -> state for n coordinates; step(theta, grad, state, o)
  // updates theta in place, as optimizer.step() does after loss.backward().
  const OPTIMIZERS = {
    SGD: {
      init: () => ({ b: null }),
      step(theta, grad, s, o) {
        let g = withWeightDecay(gradient(grad, o), theta, o.weight_decay);
        if (o.momentum !== 0) {
          if (s.b === null) {
            s.b = g.slice(); // b_1 = g_1
          } else {
            s.b = s.b.map((bi, i) => bi * o.momentum + (1 - o.dampening) * g[i]); // b_t = mu b_{t-1} + (1 - tau) g_t
          }
          g = o.nesterov ? g.map((gi, i) => gi + o.momentum * s.b[i]) : s.b; // Nesterov: g_t + mu b_t
        }
        for (let i = 0; i < theta.length; i++) theta[i] = theta[i] + -o.lr * g[i];
      },
    },

    Adagrad: {
      init: (n, o) => ({ t: 0, sum: zeros(n).fill(o.initial_accumulator_value) }),
      step(theta, grad, s, o) {
        s.t += 1;
        const g = withWeightDecay(gradient(grad, o), theta, o.weight_decay);
        const clr = o.lr / (1 + (s.t - 1) * o.lr_decay); // eta_t
        for (let i = 0; i < theta.length; i++) {
          s.sum[i] = s.sum[i] + 1 * g[i] * g[i]; // G_t = G_{t-1} + g_t^2
          const std = Math.sqrt(s.sum[i]) + o.eps;
          theta[i] = theta[i] + (-clr * g[i]) / std;
        }
      },
    },

    RMSprop: {
      init: (n) => ({ v: zeros(n), gAvg: zeros(n), b: zeros(n) }),
      step(theta, grad, s, o) {
        const g = withWeightDecay(gradient(grad, o), theta, o.weight_decay);
        for (let i = 0; i < theta.length; i++) {
          s.v[i] = s.v[i] * o.alpha + (1 - o.alpha) * g[i] * g[i]; // v_t = alpha v_{t-1} + (1 - alpha) g_t^2
          let avg;
          if (o.centered) {
            s.gAvg[i] = lerp(s.gAvg[i], g[i], 1 - o.alpha); // moving average of g_t
            avg = Math.sqrt(s.v[i] + -1 * s.gAvg[i] * s.gAvg[i]);
          } else {
            avg = Math.sqrt(s.v[i]);
          }
          avg = avg + o.eps; // eps outside the square root
          if (o.momentum > 0) {
            s.b[i] = s.b[i] * o.momentum + (1 * g[i]) / avg;
            theta[i] = theta[i] + -o.lr * s.b[i];
          } else {
            theta[i] = theta[i] + (-o.lr * g[i]) / avg;
          }
        }
      },
    },

    Adadelta: {
      init: (n) => ({ v: zeros(n), a: zeros(n) }),
      step(theta, grad, s, o) {
        const g = withWeightDecay(gradient(grad, o), theta, o.weight_decay);
        for (let i = 0; i < theta.length; i++) {
          s.v[i] = s.v[i] * o.rho + (1 - o.rho) * g[i] * g[i]; // v_t
          const std = Math.sqrt(s.v[i] + o.eps);
          let delta = Math.sqrt(s.a[i] + o.eps); // uses a_{t-1}
          delta = (delta / std) * g[i];
          s.a[i] = s.a[i] * o.rho + (1 - o.rho) * delta * delta; // a_t
          theta[i] = theta[i] + -o.lr * delta;
        }
      },
    },

    Adam: {
      init: (n) => ({ t: 0, m: zeros(n), v: zeros(n), vMax: zeros(n) }),
      step(theta, grad, s, o) {
        const [beta1, beta2] = o.betas;
        s.t += 1;
        let g = gradient(grad, o);
        if (o.weight_decay !== 0) {
          if (o.decoupled_weight_decay) {
            for (let i = 0; i < theta.length; i++) theta[i] = theta[i] * (1 - o.lr * o.weight_decay); // AdamW
          } else {
            g = withWeightDecay(g, theta, o.weight_decay);
          }
        }
        const biasCorrection1 = 1 - Math.pow(beta1, s.t);
        const biasCorrection2 = 1 - Math.pow(beta2, s.t);
        const stepSize = o.lr / biasCorrection1;
        const biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
        for (let i = 0; i < theta.length; i++) {
          s.m[i] = lerp(s.m[i], g[i], 1 - beta1); // m_t = beta1 m_{t-1} + (1 - beta1) g_t
          s.v[i] = s.v[i] * beta2 + (1 - beta2) * g[i] * g[i]; // v_t = beta2 v_{t-1} + (1 - beta2) g_t^2
          let denom;
          if (o.amsgrad) {
            s.vMax[i] = Math.max(s.vMax[i], s.v[i]); // max of the uncorrected v_t
            denom = Math.sqrt(s.vMax[i]) / biasCorrection2Sqrt + o.eps;
          } else {
            denom = Math.sqrt(s.v[i]) / biasCorrection2Sqrt + o.eps; // sqrt(v_hat_t) + eps
          }
          theta[i] = theta[i] + (-stepSize * s.m[i]) / denom;
        }
      },
    },

    Adamax: {
      init: (n) => ({ t: 0, m: zeros(n), u: zeros(n) }),
      step(theta, grad, s, o) {
        const [beta1, beta2] = o.betas;
        s.t += 1;
        const g = withWeightDecay(gradient(grad, o), theta, o.weight_decay);
        const clr = o.lr / (1 - Math.pow(beta1, s.t));
        for (let i = 0; i < theta.length; i++) {
          s.m[i] = lerp(s.m[i], g[i], 1 - beta1);
          s.u[i] = Math.max(s.u[i] * beta2, Math.abs(g[i]) + o.eps); // infinity norm, eps inside the max
          theta[i] = theta[i] + (-clr * s.m[i]) / s.u[i];
        }
      },
    },

    NAdam: {
      // torch keeps mu_product in a float32 tensor (unless the default dtype is float64).
      init: (n) => ({ t: 0, m: zeros(n), v: zeros(n), muProduct: 1 }),
      step(theta, grad, s, o) {
        const [beta1, beta2] = o.betas;
        s.t += 1;
        const biasCorrection2 = 1 - Math.pow(beta2, s.t);
        let g = gradient(grad, o);
        if (o.weight_decay !== 0) {
          if (o.decoupled_weight_decay) {
            for (let i = 0; i < theta.length; i++) theta[i] = theta[i] * (1 - o.lr * o.weight_decay);
          } else {
            g = withWeightDecay(g, theta, o.weight_decay);
          }
        }
        // Momentum schedule mu_t and mu_{t+1}.
        const mu = beta1 * (1.0 - 0.5 * Math.pow(0.96, s.t * o.momentum_decay));
        const muNext = beta1 * (1.0 - 0.5 * Math.pow(0.96, (s.t + 1) * o.momentum_decay));
        s.muProduct = Math.fround(s.muProduct * Math.fround(mu)); // float32 product of the mu_t
        const muProductNext = s.muProduct * muNext;
        const gradScale = (-o.lr * (1.0 - mu)) / (1.0 - s.muProduct);
        const avgScale = (-o.lr * muNext) / (1.0 - muProductNext);
        for (let i = 0; i < theta.length; i++) {
          s.m[i] = lerp(s.m[i], g[i], 1 - beta1);
          s.v[i] = s.v[i] * beta2 + (1 - beta2) * g[i] * g[i];
          const denom = Math.sqrt(s.v[i] / biasCorrection2) + o.eps;
          theta[i] = theta[i] + (gradScale * g[i]) / denom;
          theta[i] = theta[i] + (avgScale * s.m[i]) / denom;
        }
      },
    },

    RAdam: {
      init: (n) => ({ t: 0, m: zeros(n), v: zeros(n) }),
      step(theta, grad, s, o) {
        const [beta1, beta2] = o.betas;
        s.t += 1;
        let g = gradient(grad, o);
        if (o.weight_decay !== 0) {
          if (o.decoupled_weight_decay) {
            for (let i = 0; i < theta.length; i++) theta[i] = theta[i] * (1 - o.lr * o.weight_decay);
          } else {
            g = withWeightDecay(g, theta, o.weight_decay);
          }
        }
        const biasCorrection1 = 1 - Math.pow(beta1, s.t);
        const biasCorrection2 = 1 - Math.pow(beta2, s.t);
        const rhoInf = 2 / (1 - beta2) - 1; // maximum length of the approximated SMA
        const rhoT = rhoInf - (2 * s.t * Math.pow(beta2, s.t)) / biasCorrection2;
        const rect = Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT));
        for (let i = 0; i < theta.length; i++) {
          s.m[i] = lerp(s.m[i], g[i], 1 - beta1);
          s.v[i] = s.v[i] * beta2 + (1 - beta2) * g[i] * g[i];
          const mHat = s.m[i] / biasCorrection1;
          if (rhoT > 5.0) {
            // Python's `scalar / tensor` is tensor.reciprocal() * scalar.
            const adaptive = (1 / (Math.sqrt(s.v[i]) + o.eps)) * Math.sqrt(biasCorrection2);
            theta[i] = theta[i] - mHat * o.lr * adaptive * rect;
          } else {
            theta[i] = theta[i] - mHat * o.lr; // the first steps: momentum only
          }
        }
      },
    },
  };
  OPTIMIZERS.AdamW = OPTIMIZERS.Adam; // Adam with decoupled_weight_decay=True (its default)

  // The test surfaces, f(w) and its gradient, written in the order autograd evaluates them.
  const SURFACES = {
    valley: {
      label: "narrow valley ½(w₀² + 50 w₁²)",
      f: (w) => 0.5 * (w[0] * w[0] + 50 * (w[1] * w[1])),
      grad: (w) => [w[0], 50 * w[1]],
      minimum: [0, 0],
    },
    rosenbrock: {
      label: "Rosenbrock (1 − w₀)² + 100 (w₁ − w₀²)²",
      f: (w) => {
        const a = 1 - w[0];
        const b = w[1] - w[0] * w[0];
        return a * a + 100 * (b * b);
      },
      grad: (w) => {
        const a = 1 - w[0];
        const b200 = 100 * (2 * (w[1] - w[0] * w[0]));
        return [-(2 * a) + -(b200 * (2 * w[0])), b200];
      },
      minimum: [1, 1],
    },
    saddle: {
      label: "saddle w₀² − w₁²",
      f: (w) => w[0] * w[0] - w[1] * w[1],
      grad: (w) => [2 * w[0], -(2 * w[1])],
      minimum: null,
    },
  };

  function options(name, given) {
    if (!(name in DEFAULTS)) throw new Error(`unknown optimizer ${name}`);
    const o = Object.assign({}, DEFAULTS[name], given || {});
    if (name === "AdamW") o.decoupled_weight_decay = true;
    return o;
  }

  // `steps` steps of optimizer `name` with arguments `given` on `surface` from `start`:
  // the iterates w_0 .. w_steps and the loss at each.
  function run(name, given, surface, start, steps) {
    const o = options(name, given);
    const f = SURFACES[surface];
    const optimizer = OPTIMIZERS[name];
    const w = start.slice();
    const state = optimizer.init(w.length, o);
    const path = [w.slice()];
    const loss = [f.f(w)];
    for (let t = 0; t < steps; t++) {
      optimizer.step(w, f.grad(w), state, o);
      path.push(w.slice());
      loss.push(f.f(w));
    }
    return { path, loss };
  }

  return { DEFAULTS, SURFACES, run, options };
});
