/* The optimizer playground (docs/optim/playground.md): up to four runs of torch.optim's
 * optimizers, ported in optimizers.js, on a surface the reader picks, from a start the
 * reader drags or types; the trajectories over the contour plot and the loss at every step.
 * The arithmetic is all in optimizers.js; this file draws and listens.
 */
(function (root, factory) {
  "use strict";
  const api = factory(root);
  if (typeof module === "object" && module.exports) module.exports = api;
  else api.start();
})(typeof self !== "undefined" ? self : this, function (root) {
  "use strict";

  const MAX_STEPS = 200; // the steps tests/test_widgets.py checks against torch

  // What the playground opens with; snippets/optim/playground_default_runs.py runs the same
  // settings in torch (tests/test_widgets.py checks that they are the same).
  const DEFAULT_STATE = {
    surface: "valley",
    steps: 100,
    runs: [
      { on: true, name: "SGD", args: { lr: 0.03 } },
      { on: true, name: "SGD", args: { lr: 0.01, momentum: 0.9 } },
      { on: true, name: "Adam", args: { lr: 0.05 } },
      { on: false, name: "RMSprop", args: { lr: 0.01 } },
    ],
  };

  // The view of each surface, its contour levels and the start it opens with.
  const VIEWS = {
    valley: { x: [-2, 2], y: [-1.5, 1.5], start: [-1.5, 1], levels: [0.02, 0.1, 0.5, 1, 2, 4, 8, 16, 32, 64] },
    rosenbrock: { x: [-2, 2], y: [-1, 3], start: [-1.5, 2], levels: [0.1, 0.5, 2, 5, 10, 30, 100, 300, 1000, 3000] },
    saddle: { x: [-2, 2], y: [-2, 2], start: [-1.5, 0.1], levels: [-3, -2, -1, -0.5, -0.1, 0.1, 0.5, 1, 2, 3] },
  };

  // The sliders of each argument: the name torch uses, its symbol on the site's pages.
  const ARGS = {
    lr: { label: "lr (η)", min: 1e-4, max: 10, log: true },
    momentum: { label: "momentum (μ)", min: 0, max: 0.99, step: 0.01 },
    dampening: { label: "dampening (τ)", min: 0, max: 0.99, step: 0.01 },
    beta1: { label: "betas[0] (β₁)", min: 0, max: 0.999, step: 0.001 },
    beta2: { label: "betas[1] (β₂)", min: 0.5, max: 0.9999, step: 0.0001 },
    alpha: { label: "alpha (α)", min: 0.5, max: 0.999, step: 0.001 },
    rho: { label: "rho (ρ)", min: 0.5, max: 0.999, step: 0.001 },
    eps: { label: "eps (ε)", min: 1e-12, max: 1, log: true },
    weight_decay: { label: "weight_decay (λ)", min: 0, max: 1, step: 0.01 },
    lr_decay: { label: "lr_decay", min: 0, max: 1, step: 0.001 },
    initial_accumulator_value: { label: "initial_accumulator_value", min: 0, max: 1, step: 0.01 },
    momentum_decay: { label: "momentum_decay", min: 0, max: 0.1, step: 0.001 },
    nesterov: { label: "nesterov", bool: true },
    centered: { label: "centered", bool: true },
    amsgrad: { label: "amsgrad", bool: true },
    decoupled_weight_decay: { label: "decoupled_weight_decay", bool: true },
  };
  // Every word a reader sees or hears, in English and in Chinese (the Chinese edition's pages).
  // Optimizer names, torch's argument names and the symbols stay as they are in both.
  const STRINGS = {
    en: {
      problem: "Problem",
      surface: "Surface",
      surfaceLabel: (key, label) => label, // optimizers.SURFACES[key].label
      startW0: "start w₀",
      startW1: "start w₁",
      steps: "steps",
      dragNote: "Drag on the contour plot to move the start, or type it. Each run takes its steps from there.",
      run: (n) => `Run ${n}`,
      show: "show",
      optimizer: "optimizer",
      arg: (key) => ARGS[key].label,
      switchNote: "Switching a run's optimizer resets its arguments to torch's defaults.",
      contourTitle: (surface) => `Contour lines of the ${surface} with the runs' trajectories; the start point can be dragged`,
      step: "step",
      lossLog: "loss (log scale)",
      loss: "loss",
      lossTitle: "Loss against the step for each run",
      result: (n, optimizer, loss, w) => `Run ${n}, ${optimizer}: loss ${loss} at w = ${w}`,
      diverged: (loss, step) => `; diverged: the loss is ${loss} from step ${step}`,
      end: ".",
      after: (steps, surface, start) => `After ${steps} steps on the ${surface}, from ${start}:`,
      none: "No run is shown.",
    },
    zh: {
      problem: "问题",
      surface: "曲面",
      surfaceLabel: (key, label) => ({
        valley: "狭长山谷 ½(w₀² + 50 w₁²)",
        rosenbrock: "Rosenbrock 函数 (1 − w₀)² + 100 (w₁ − w₀²)²",
        saddle: "鞍面 w₀² − w₁²",
      })[key] || label,
      startW0: "起点 w₀",
      startW1: "起点 w₁",
      steps: "步数",
      dragNote: "在等高线图上拖动可以移动起点，也可以直接输入。每个运行都从那里开始走。",
      run: (n) => `运行 ${n}`,
      show: "显示",
      optimizer: "优化器",
      arg: (key) => ({
        lr: "学习率 lr (η)",
        momentum: "动量 momentum (μ)",
        dampening: "阻尼 dampening (τ)",
        weight_decay: "权重衰减 weight_decay (λ)",
        lr_decay: "学习率衰减 lr_decay",
        momentum_decay: "动量衰减 momentum_decay",
      })[key] || ARGS[key].label,
      switchNote: "切换一个运行的优化器时，它的参数会重置为 torch 的默认值。",
      contourTitle: (surface) => `${surface} 的等高线和各个运行的路径；起点可以拖动`,
      step: "步",
      lossLog: "损失（对数刻度）",
      loss: "损失",
      lossTitle: "每个运行的损失随步数的变化",
      result: (n, optimizer, loss, w) => `运行 ${n}，${optimizer}：损失 ${loss}，此时 w = ${w}`,
      diverged: (loss, step) => `；已发散：从第 ${step} 步起损失为 ${loss}`,
      end: "。",
      after: (steps, surface, start) => `在${/^[A-Za-z]/.test(surface) ? " " : ""}${surface} 上从 ${start} 出发走 ${steps} 步后：`,
      none: "没有显示任何运行。",
    },
  };

  const OPTIMIZER_ARGS = {
    SGD: ["lr", "momentum", "dampening", "weight_decay", "nesterov"],
    Adagrad: ["lr", "lr_decay", "eps", "weight_decay", "initial_accumulator_value"],
    RMSprop: ["lr", "alpha", "momentum", "eps", "weight_decay", "centered"],
    Adadelta: ["lr", "rho", "eps", "weight_decay"],
    Adam: ["lr", "beta1", "beta2", "eps", "weight_decay", "amsgrad", "decoupled_weight_decay"],
    AdamW: ["lr", "beta1", "beta2", "eps", "weight_decay", "amsgrad"],
    Adamax: ["lr", "beta1", "beta2", "eps", "weight_decay"],
    NAdam: ["lr", "beta1", "beta2", "eps", "weight_decay", "momentum_decay", "decoupled_weight_decay"],
    RAdam: ["lr", "beta1", "beta2", "eps", "weight_decay", "decoupled_weight_decay"],
  };

  // Marching squares: the segments where f crosses `level` on an n x n grid over the view.
  function contourSegments(f, view, level, n) {
    const [x0, x1] = view.x;
    const [y0, y1] = view.y;
    const xs = Array.from({ length: n + 1 }, (_, i) => x0 + ((x1 - x0) * i) / n);
    const ys = Array.from({ length: n + 1 }, (_, j) => y0 + ((y1 - y0) * j) / n);
    const v = xs.map((x) => ys.map((y) => f([x, y])));
    const segments = [];
    const cross = (xa, ya, va, xb, yb, vb) => {
      const t = (level - va) / (vb - va);
      return [xa + t * (xb - xa), ya + t * (yb - ya)];
    };
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const corners = [
          [xs[i], ys[j], v[i][j]], [xs[i + 1], ys[j], v[i + 1][j]],
          [xs[i + 1], ys[j + 1], v[i + 1][j + 1]], [xs[i], ys[j + 1], v[i][j + 1]],
        ];
        const points = [];
        for (let k = 0; k < 4; k++) {
          const a = corners[k];
          const b = corners[(k + 1) % 4];
          if ((a[2] < level) !== (b[2] < level)) points.push(cross(...a, ...b));
        }
        if (points.length === 2) segments.push(points);
        if (points.length === 4) segments.push([points[0], points[1]], [points[2], points[3]]);
      }
    }
    return segments;
  }

  function start() {
    const TM = root.TrainingMath;
    const { optimizers } = TM;
    const ui = TM.ui;
    ui.mount(".tm-playground", (host) => build(host, TM, optimizers, ui));
  }

  function build(host, TM, optimizers, ui) {
    const { el } = ui;
    const t = ui.strings(STRINGS);
    const surfaceLabel = (key) => t("surfaceLabel", key, optimizers.SURFACES[key].label);
    const state = JSON.parse(JSON.stringify(DEFAULT_STATE));
    state.start = VIEWS[state.surface].start.slice();

    // --- problem: surface, start, steps
    const problem = el("fieldset", {}, [el("legend", { text: t("problem") })]);
    const surfaceSelect = ui.select(t("surface"), Object.keys(optimizers.SURFACES).map((k) => [k, surfaceLabel(k)]),
      state.surface, (value) => {
        state.surface = value;
        state.start = VIEWS[value].start.slice();
        startW0.set(state.start[0]);
        startW1.set(state.start[1]);
        drawContours();
        update();
      });
    problem.append(surfaceSelect.element);
    const controls = el("div", { class: "tm-controls" });
    const startW0 = ui.control({ label: t("startW0"), min: -2, max: 2, step: 0.01, value: state.start[0],
      onInput: (v) => { state.start[0] = v; update(); } });
    const startW1 = ui.control({ label: t("startW1"), min: -2, max: 3, step: 0.01, value: state.start[1],
      onInput: (v) => { state.start[1] = v; update(); } });
    const stepsControl = ui.control({ label: t("steps"), min: 1, max: MAX_STEPS, step: 1, value: state.steps,
      onInput: (v) => { state.steps = Math.round(v); update(); } });
    controls.append(startW0.element, startW1.element, stepsControl.element);
    problem.append(controls, el("p", { class: "tm-note",
      text: t("dragNote") }));

    // --- runs
    const runsBox = el("div");
    state.runs.forEach((run, index) => runsBox.append(runFieldset(run, index)));

    function runFieldset(run, index) {
      const box = el("fieldset", { class: "tm-run" });
      const swatch = ui.svg("svg", { width: 28, height: 10, "aria-hidden": "true" });
      ui.svg("line", { x1: 0, x2: 28, y1: 5, y2: 5, class: `tm-line tm-run-${index}`, "stroke-width": 3 }, swatch);
      box.append(el("legend", {}, [`${t("run", index + 1)} `, swatch]));
      const on = ui.checkbox(t("show"), run.on, (checked) => {
        run.on = checked;
        args.hidden = !checked;
        update();
      });
      const pick = ui.select(t("optimizer"), Object.keys(OPTIMIZER_ARGS).map((k) => [k, `torch.optim.${k}`]), run.name,
        (value) => {
          run.name = value;
          run.args = {}; // torch's defaults
          fillArgs();
          update();
        });
      const row = el("div", { class: "tm-row" }, [on.element, pick.element]);
      const args = el("div", { hidden: !run.on });
      box.append(row, args);
      function fillArgs() {
        const sliders = el("div", { class: "tm-controls" });
        const flags = el("div", { class: "tm-row" });
        args.replaceChildren(sliders, flags);
        const o = optimizers.options(run.name, run.args);
        for (const key of OPTIMIZER_ARGS[run.name]) {
          const spec = ARGS[key];
          if (spec.bool) {
            flags.append(ui.checkbox(t("arg", key), o[key], (checked) => { run.args[key] = checked; update(); }).element);
            continue;
          }
          const beta = key === "beta1" ? 0 : key === "beta2" ? 1 : -1;
          const value = beta >= 0 ? o.betas[beta] : o[key];
          sliders.append(ui.control({ ...spec, label: t("arg", key), value, onInput: (v) => {
            if (beta >= 0) {
              const betas = (run.args.betas || o.betas).slice();
              betas[beta] = v;
              run.args.betas = betas;
            } else {
              run.args[key] = v;
            }
            update();
          } }).element);
        }
      }
      fillArgs();
      return box;
    }

    // --- plots
    const contourBox = el("div");
    const lossBox = el("div");
    const plots = el("div", { class: "tm-plots" }, [contourBox, lossBox]);
    const live = el("div", { class: "tm-live-text", "aria-live": "polite" });
    host.append(plots, live, problem, runsBox,
      el("p", { class: "tm-note", text: t("switchNote") }));

    let contour = null;
    let startMarker = null;
    let trails = null;
    function drawContours() {
      contourBox.replaceChildren();
      const view = VIEWS[state.surface];
      const surface = optimizers.SURFACES[state.surface];
      contour = ui.plot(contourBox, { x: view.x, y: view.y, xLabel: "w₀", yLabel: "w₁", height: 320,
        title: t("contourTitle", surfaceLabel(state.surface)) });
      let d = "";
      for (const level of view.levels) {
        for (const [[ax, ay], [bx, by]] of contourSegments(surface.f, view, level, 60)) {
          d += `M${contour.sx(ax).toFixed(1)} ${contour.sy(ay).toFixed(1)}L${contour.sx(bx).toFixed(1)} ${contour.sy(by).toFixed(1)}`;
        }
      }
      ui.svg("path", { class: "tm-contour", d }, contour.data);
      if (surface.minimum) {
        const [mx, my] = surface.minimum;
        ui.svg("path", { class: "tm-minimum", d: star(contour.sx(mx), contour.sy(my), 7) }, contour.data);
      }
      trails = ui.svg("g", {}, contour.data);
      startMarker = ui.svg("circle", { class: "tm-start", r: 6 }, contour.svg);
      dragging(contour);
    }

    function star(cx, cy, r) {
      let d = "";
      for (let k = 0; k < 10; k++) {
        const radius = k % 2 ? r * 0.45 : r;
        const angle = (Math.PI * k) / 5 - Math.PI / 2;
        d += `${k ? "L" : "M"}${(cx + radius * Math.cos(angle)).toFixed(1)} ${(cy + radius * Math.sin(angle)).toFixed(1)}`;
      }
      return `${d}Z`;
    }

    // Pointer drag on the contour plot sets the start (the number fields are the keyboard way).
    function dragging(plot) {
      let active = false;
      const view = VIEWS[state.surface];
      const move = (event) => {
        const box = plot.svg.getBoundingClientRect();
        const px = ((event.clientX - box.left) / box.width) * plot.width;
        const py = ((event.clientY - box.top) / box.height) * plot.height;
        const [x, y] = plot.inverse(px, py);
        state.start = [clampRound(x, view.x), clampRound(y, view.y)];
        startW0.set(state.start[0]);
        startW1.set(state.start[1]);
        update();
      };
      plot.svg.addEventListener("pointerdown", (event) => {
        active = true;
        plot.svg.setPointerCapture(event.pointerId);
        move(event);
      });
      plot.svg.addEventListener("pointermove", (event) => active && move(event));
      plot.svg.addEventListener("pointerup", () => { active = false; });
      plot.svg.addEventListener("pointercancel", () => { active = false; });
    }
    const clampRound = (v, [lo, hi]) => Math.round(Math.min(hi, Math.max(lo, v)) * 100) / 100;

    function describe(run) {
      const defaults = optimizers.options(run.name, {});
      const o = optimizers.options(run.name, run.args);
      const parts = [];
      for (const key of OPTIMIZER_ARGS[run.name]) {
        if (key === "beta2") continue;
        if (key === "beta1") {
          if (o.betas[0] !== defaults.betas[0] || o.betas[1] !== defaults.betas[1]) {
            parts.push(`betas=(${ui.fmtShort(o.betas[0])}, ${ui.fmtShort(o.betas[1])})`);
          }
        } else if (o[key] !== defaults[key]) {
          parts.push(`${key}=${typeof o[key] === "boolean" ? (o[key] ? "True" : "False") : ui.fmtShort(o[key])}`);
        }
      }
      return `${run.name}(${parts.join(", ")})`;
    }

    let pending = false;
    function update() {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        redraw();
      });
    }

    function redraw() {
      const results = state.runs.map((run) =>
        run.on ? optimizers.run(run.name, run.args, state.surface, state.start, state.steps) : null);
      // Trajectories
      trails.replaceChildren();
      results.forEach((result, index) => {
        if (!result) return;
        const points = result.path.map(([x, y]) => [contour.sx(x), contour.sy(y)]);
        ui.svg("path", { class: `tm-line tm-run-${index}`, d: ui.polyline(points) }, trails);
      });
      startMarker.setAttribute("cx", contour.sx(state.start[0]));
      startMarker.setAttribute("cy", contour.sy(state.start[1]));
      // Loss against the step
      lossBox.replaceChildren();
      const positive = state.surface !== "saddle";
      const values = results.filter(Boolean).flatMap((r) => r.loss).filter(Number.isFinite);
      let yRange;
      if (positive) {
        const finite = values.filter((v) => v > 0);
        const lo = Math.max(-16, Math.floor(Math.log10(Math.min(...finite, 1))));
        const hi = Math.min(8, Math.ceil(Math.log10(Math.max(...finite, 10))));
        yRange = [10 ** lo, 10 ** Math.max(hi, lo + 1)];
      } else {
        const lo = Math.max(-100, Math.min(...values, -1));
        const hi = Math.min(100, Math.max(...values, 1));
        yRange = [lo, hi];
      }
      const lossPlot = ui.plot(lossBox, { x: [0, state.steps], y: yRange, logY: positive, height: 320,
        xLabel: t("step"), yLabel: positive ? t("lossLog") : t("loss"), title: t("lossTitle") });
      results.forEach((result, index) => {
        if (!result) return;
        const points = result.loss.map((v, t) => [lossPlot.sx(t),
          positive ? lossPlot.sy(Math.max(v, yRange[0] / 10)) : lossPlot.sy(Math.max(-1e3, Math.min(1e3, v)))]);
        ui.svg("path", { class: `tm-line tm-run-${index}`, d: ui.polyline(points) }, lossPlot.data);
      });
      // Live text
      const items = results.map((result, index) => {
        if (!result) return null;
        const run = state.runs[index];
        const last = result.path[state.steps];
        const loss = result.loss[state.steps];
        let text = t("result", index + 1, describe(run), ui.fmtE(loss, 3), `(${ui.fmtF(last[0], 4)}, ${ui.fmtF(last[1], 4)})`);
        const broke = result.loss.findIndex((v) => !Number.isFinite(v));
        if (broke >= 0) text += t("diverged", ui.fmtE(result.loss[broke], 0), broke);
        return ui.el("li", { text: `${text}${t("end")}` });
      }).filter(Boolean);
      live.replaceChildren(
        ui.el("p", { text: t("after", state.steps, surfaceLabel(state.surface),
          `(${ui.fmtF(state.start[0], 2)}, ${ui.fmtF(state.start[1], 2)})`) }),
        items.length ? ui.el("ul", {}, items) : ui.el("p", { text: t("none") }));
    }

    drawContours();
    redraw();
  }

  return { DEFAULT_STATE, VIEWS, OPTIMIZER_ARGS, MAX_STEPS, start };
});
