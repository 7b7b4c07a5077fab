// The interactive figures the build places with <!-- site:widget NAME --> (scripts/content/widgets.py).
// Each arrives hidden, with its labels, ranges and readout formats in its markup and its data
// from sigmoid_core in widgets/NAME.json; this script draws it, shows it and keeps its state in
// the page's query string. No text a reader sees is written here, so one script serves every
// language.
(() => {
  "use strict";

  // --- numerics: the same chains of steps as sigmoid_core/_sigmoid.py, in float64 ----------
  const LIMIT = Math.floor(Math.log(Number.MAX_VALUE)); // sigmoid_core's exp_limit: 709
  const SMALLEST_NORMAL = 2 ** -1022;
  const SMALLEST_NORMAL32 = 2 ** -126;
  const f32 = Math.fround;

  // 1 / (1 + e^-x), each step monotone; below -709 the result is e^x (the subnormal tail)
  const sigmoid = (x) => (-x > LIMIT ? Math.exp(x) : 1 / (1 + Math.exp(-x)));
  // 1 / (4 + (e^|x| - 1)(1 - e^-|x|)): no cancellation, never grows with |x|
  const sigmoidDerivative = (x) => {
    const a = Math.abs(x);
    if (a > LIMIT) return Math.exp(-a);
    const e = Math.exp(a);
    return 1 / (4 + (e - 1) * (1 - 1 / e));
  };
  const softplus = (x) => (x > LIMIT ? x : Math.log1p(Math.exp(x)));
  const logSigmoid = (x) => -softplus(-x);
  // log1p of a non-negative quotient on either side of 1/2; log p below the smallest normal
  const logit = (p) => {
    if (p >= 0.5) return Math.log1p((2 * p - 1) / (1 - p));
    if (!(p >= SMALLEST_NORMAL)) return Math.log(p);
    return -Math.log1p((1 - 2 * p) / p);
  };
  // float32 as sigmoid_core does it: evaluated in float64, rounded once
  const in32 = (f) => (x) => f32(f(f32(x)));
  const numerics = {
    sigmoid,
    sigmoid_derivative: sigmoidDerivative,
    log_sigmoid: logSigmoid,
    logit,
    softplus,
  };
  const numerics32 = Object.fromEntries(Object.entries(numerics).map(([k, f]) => [k, in32(f)]));

  // --- readouts rounded as Python's format() rounds: the exact binary value, ties to even ---
  const increment = (digits) => {
    const d = [...digits];
    let i = d.length - 1;
    while (i >= 0 && d[i] === "9") d[i--] = "0";
    if (i < 0) d.unshift("1");
    else d[i] = String(Number(d[i]) + 1);
    return d.join("");
  };
  // |v| rounded to `places` decimals, as a string of digits (the value times 10^places);
  // 100 significant digits decide every tie a float64 can make at these precisions
  const roundAt = (v, places) => {
    if (Math.abs(v) >= 2 ** 53 && places >= 0) return BigInt(Math.abs(v)) + "0".repeat(places);
    const [mantissa, exponent] = Math.abs(v).toExponential(99).split("e");
    const digits = mantissa.replace(".", "");
    const n = Number(exponent) + 1 + places;
    if (n < 0) return "0";
    const kept = digits.slice(0, n) || "0";
    const rest = digits.slice(n);
    const odd = n > 0 && Number(digits[n - 1]) % 2 === 1;
    const up = rest[0] > "5" || (rest[0] === "5" && (/[1-9]/.test(rest.slice(1)) || odd));
    return (up ? increment(kept) : kept).replace(/^0+(?=\d)/, "");
  };
  const sign = (v) => (v < 0 || Object.is(v, -0) ? "\u2212" : "");
  const special = (v) => (Number.isNaN(v) ? "NaN" : `${sign(v)}\u221e`);
  const point = (digits, places) => {
    const padded = digits.padStart(places + 1, "0");
    return places ? `${padded.slice(0, -places)}.${padded.slice(-places)}` : padded;
  };
  // format(v, ".{places}f")
  const fixed = (v, places) =>
    Number.isFinite(v) ? sign(v) + point(roundAt(v, places), places) : special(v);
  // format(v, ".{precision}g")
  const general = (v, precision) => {
    if (!Number.isFinite(v)) return special(v);
    if (v === 0) return `${sign(v)}0`;
    let exponent = Number(Math.abs(v).toExponential(99).split("e")[1]);
    let digits = roundAt(v, precision - 1 - exponent);
    if (digits.length > precision) exponent += 1; // 9.99... rounded up to 10.0
    const trim = (text) => text.replace(/\.?0+$/, "");
    if (exponent >= -4 && exponent < precision) {
      const places = precision - 1 - exponent;
      const text = point(roundAt(v, places), places);
      return sign(v) + (places ? trim(text) : text);
    }
    digits = digits.slice(0, precision);
    const mantissa = precision > 1 ? trim(`${digits[0]}.${digits.slice(1)}`) : digits;
    const e = Math.abs(exponent);
    return `${sign(v)}${mantissa}e${exponent < 0 ? "\u2212" : "+"}${e < 10 ? "0" : ""}${e}`;
  };
  // a readout's format, as scripts/formatting.py readout_text writes it: "f4" or "g3"
  const format = (v, spec) => (spec[0] === "f" ? fixed : general)(v, Number(spec.slice(1)));

  // --- drawing ---------------------------------------------------------------------------
  const SVG = "http://www.w3.org/2000/svg";
  const WIDTH = 560;
  const MARGIN = { left: 64, right: 14, top: 12, bottom: 46 };
  const SUPERSCRIPT = { "-": "\u207b", 0: "\u2070", 1: "\u00b9", 2: "\u00b2", 3: "\u00b3" };
  "456789".split("").forEach((d, i) => (SUPERSCRIPT[d] = String.fromCharCode(0x2074 + i)));

  const element = (name, attributes = {}, parent = null) => {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    parent?.append(node);
    return node;
  };
  const niceStep = (span) => {
    const raw = span / 6;
    const power = 10 ** Math.floor(Math.log10(raw));
    return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  };
  const ticks = ([low, high], log) => {
    if (log) {
      const every = Math.ceil((Math.log10(high) - Math.log10(low)) / 8);
      const out = [];
      for (let e = Math.ceil(Math.log10(low)); e <= Math.log10(high); e += every) out.push(e);
      return out.map((e) => [10 ** e, `10${[...String(e)].map((c) => SUPERSCRIPT[c]).join("")}`]);
    }
    const step = niceStep(high - low);
    const out = [];
    for (let t = Math.ceil(low / step) * step; t <= high + step / 1e6; t += step) {
      const rounded = Number(t.toPrecision(12));
      out.push([rounded, sign(rounded) + String(Math.abs(rounded))]);
    }
    return out;
  };

  // A plot: axes, grid and tick labels in the SVG the build placed; returns the scales and a
  // layer for the curves, clipped to the plotting area.
  const plot = (svg, box) => {
    const height = box.height;
    svg.setAttribute("viewBox", `0 0 ${WIDTH} ${height}`);
    svg.replaceChildren();
    const [x0, x1] = [MARGIN.left, WIDTH - MARGIN.right];
    const [y0, y1] = [height - MARGIN.bottom, MARGIN.top];
    const scale = (range, log, a, b) => {
      const [lo, hi] = log ? range.map(Math.log10) : range;
      return (v) => a + ((log ? Math.log10(v) : v) - lo) * ((b - a) / (hi - lo));
    };
    const sx = scale(box.x, box.logX, x0, x1);
    const sy = scale(box.y, box.logY, y0, y1);
    const axes = element("g", { class: "widget__axes" }, svg);
    for (const [value, label] of ticks(box.x, box.logX)) {
      element("line", { x1: sx(value), x2: sx(value), y1: y0, y2: y1, class: "widget__grid" }, axes);
      element("text", { x: sx(value), y: y0 + 18, "text-anchor": "middle" }, axes).textContent = label;
    }
    for (const [value, label] of box.rows ? [] : ticks(box.y, box.logY)) {
      element("line", { x1: x0, x2: x1, y1: sy(value), y2: sy(value), class: "widget__grid" }, axes);
      element("text", { x: x0 - 6, y: sy(value) + 5, "text-anchor": "end" }, axes).textContent =
        label;
    }
    element("rect", { x: x0, y: y1, width: x1 - x0, height: y0 - y1, class: "widget__frame" }, axes);
    element("text", { x: (x0 + x1) / 2, y: height - 6, "text-anchor": "middle" }, axes)
      .textContent = svg.dataset.xlabel;
    const ylabel = element("text", { "text-anchor": "middle" }, axes);
    ylabel.setAttribute("transform", `translate(16 ${(y0 + y1) / 2}) rotate(-90)`);
    ylabel.textContent = svg.dataset.ylabel;
    const clip = `${svg.id}-clip`;
    const rect = { x: x0, y: y1, width: x1 - x0, height: y0 - y1 };
    element("rect", rect, element("clipPath", { id: clip }, svg));
    const layer = element("g", { "clip-path": `url(#${clip})` }, svg);
    // infinities (log 0) become points far outside the clipped area, so lines run off the
    // edge; finite values are kept as they are, which keeps straight lines straight
    const far = (v, low, high) => Math.min(Math.max(v, low - 1e5), high + 1e5);
    const cx = (v) => far(sx(v), x0, x1);
    const cy = (v) => (Number.isNaN(sy(v)) ? NaN : far(sy(v), y1, y0));
    return { sx: cx, sy: cy, layer, axes, left: x0 };
  };
  // an SVG path through the points, broken where a value is NaN
  const path = (points, sx, sy) => {
    let d = "";
    let pen = "M";
    for (const [x, y] of points) {
      const [px, py] = [sx(x), sy(y)];
      if (!Number.isFinite(px) || !Number.isFinite(py)) {
        pen = "M";
        continue;
      }
      d += `${pen}${px.toFixed(1)} ${py.toFixed(1)}`;
      pen = "L";
    }
    return d;
  };
  // a series' colour and line style, as its legend entry in the markup gives them
  const look = (svg, series) => svg.closest(".widget").querySelector(`[data-series="${series}"]`).dataset.look;
  const line = (layer, points, box, series) =>
    element("path", { d: path(points, box.sx, box.sy), class: `widget__line ${look(layer, series)}` }, layer);
  const dot = (layer, x, y, box, series) => {
    const [cx, cy] = [box.sx(x), box.sy(y)];
    if (Number.isFinite(cx) && Number.isFinite(cy)) {
      element("circle", { cx, cy, r: 5, class: `widget__dot ${look(layer, series)}` }, layer);
    }
  };
  const range = (low, high, count) =>
    Array.from({ length: count }, (_, i) => low + ((high - low) * i) / (count - 1));

  // --- state: controls, the query string and the readouts ---------------------------------
  const text = (root, key) => root.querySelector(`template[data-text="${key}"]`)?.content.textContent ?? "";
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => values[k]);

  // The widget's controls, each clamped to its range and rounded to its step (but a control
  // marked data-free, which keeps a value between its steps), read from the query string at
  // start and written back to it on every change. hooks.set(values) is how a widget's own
  // action (a button) changes them.
  const controls = (root, redraw, hooks = {}) => {
    const name = root.dataset.widget;
    const inputs = [...root.querySelectorAll("[data-control]")];
    const notice = root.querySelector("[data-notice]");
    const params = new URLSearchParams(location.search);
    const state = {};
    const problems = [];
    let typing = null; // the box the reader is typing in: its text is left alone
    const valueOf = (input, raw) => {
      if (input.type === "radio") return raw;
      const value = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(value)) return null;
      const [low, high] = [Number(input.min), Number(input.max)];
      const step = Number(input.step);
      const clamped = Math.min(Math.max(value, low), high);
      if (input.dataset.free !== undefined) return clamped;
      const stepped = Math.round((clamped - low) / step) * step + low;
      return Number(stepped.toFixed(Math.max(0, -Math.floor(Math.log10(step) + 1e-9))));
    };
    const show = (key, value) => {
      for (const input of inputs.filter((i) => i.dataset.control === key)) {
        if (input.type === "radio") input.checked = input.value === value;
        else if (input !== typing) input.value = String(value);
      }
      const output = root.querySelector(`[data-value-of="${key}"]`);
      if (output) output.textContent = format(value, output.dataset.format);
    };
    const kept = (key) => (typeof state[key] === "number" ? format(state[key], "g6") : state[key]);
    const set = (key, raw, fromUrl) => {
      const group = inputs.filter((i) => i.dataset.control === key);
      const choice = group[0].type === "radio";
      const value = choice ? (group.some((i) => i.value === raw) ? raw : null) : valueOf(group[0], raw);
      if (value === null) {
        problems.push(fill(text(root, "notice.invalid"), { value: raw, kept: kept(key) }));
        return;
      }
      if (!choice && value !== Number(raw)) {
        problems.push(fill(text(root, "notice.adjusted"), { value: raw, kept: format(value, "g6") }));
      }
      state[key] = value;
      if (!fromUrl) show(key, value);
    };
    for (const input of inputs) {
      const key = input.dataset.control;
      if (input.type === "radio" && !input.checked) continue;
      state[key] = input.type === "radio" ? input.value : Number(input.value);
    }
    for (const key of Object.keys(state)) {
      const raw = params.get(`${name}.${key}`);
      if (raw !== null) set(key, raw, true);
      show(key, state[key]);
    }
    const report = () => {
      notice.textContent = problems.join(" ");
      problems.length = 0;
    };
    let pending = 0;
    const remember = () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => {
        const url = new URL(location.href);
        for (const [key, value] of Object.entries(state)) url.searchParams.set(`${name}.${key}`, value);
        history.replaceState(history.state, "", url);
      });
    };
    const changed = (event) => {
      const input = event.target;
      if (input.type === "radio" && !input.checked) return;
      // a number still being typed ("-", "1e") is judged when the box is left, not before
      if (event.type === "input" && input.type === "number" && input.value === "") return;
      typing = event.type === "input" ? input : null;
      set(input.dataset.control, input.value, false);
      report();
      redraw(state);
      remember();
    };
    for (const input of inputs) {
      input.addEventListener("input", changed);
      input.addEventListener("change", changed);
    }
    hooks.set = (values) => {
      typing = null;
      for (const [key, value] of Object.entries(values)) set(key, String(value), false);
      report();
      redraw(state);
      remember();
    };
    report();
    return state;
  };

  // Dragging along the plot (or touching it) moves the control marked data-drag to the x
  // under the pointer; the slider beside it stays the way to set it by keyboard.
  const draggable = (root, data) => {
    const input = root.querySelector('input[type="range"][data-drag]');
    if (!input) return;
    const svg = root.querySelector("svg.widget__plot");
    svg.classList.add("widget__plot--drag");
    const move = (event) => {
      const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(
        svg.getScreenCTM().inverse(),
      );
      const share = (point.x - MARGIN.left) / (WIDTH - MARGIN.left - MARGIN.right);
      input.value = String(data.x[0] + share * (data.x[1] - data.x[0]));
      input.dispatchEvent(new Event("input", { bubbles: true }));
    };
    svg.addEventListener("pointerdown", (event) => {
      svg.setPointerCapture(event.pointerId);
      move(event);
    });
    svg.addEventListener("pointermove", (event) => {
      if (svg.hasPointerCapture(event.pointerId)) move(event);
    });
  };
  const show = (root, key, value) => {
    const output = root.querySelector(`[data-readout="${key}"]`);
    output.textContent = typeof value === "string" ? value : format(value, output.dataset.format);
  };

  // k sigma'(kx + b) and sigma(kx + b) drawn, with the tangent and its point at x0
  const withTangent = (box, data, k, b, x0) => {
    const xs = range(data.x[0], data.x[1], 481);
    line(box.layer, xs.map((x) => [x, k * sigmoidDerivative(k * x + b)]), box, "derivative");
    line(box.layer, xs.map((x) => [x, sigmoid(k * x + b)]), box, "curve");
    const z = k * x0 + b;
    const [y, slope] = [sigmoid(z), k * sigmoidDerivative(z)];
    line(box.layer, data.x.map((x) => [x, y + slope * (x - x0)]), box, "tangent");
    dot(box.layer, x0, y, box, "tangent");
    return { y, slope };
  };

  // --- the widgets --------------------------------------------------------------------------
  const widgets = {
    // sigma(kx + b), its derivative, the tangent at x0 and the step it tends to
    steepness(root, data) {
      const svg = root.querySelector("svg");
      return (s) => {
        const box = plot(svg, data);
        const centre = -s.b / s.k;
        line(box.layer, [[data.x[0], 0], [centre, 0], [centre, 1], [data.x[1], 1]], box, "step");
        const { y } = withTangent(box, data, s.k, s.b, s.x0);
        show(root, "sigma", y);
        show(root, "slope", s.k * sigmoidDerivative(s.k * s.x0 + s.b));
        show(root, "logit", logit(y));
      };
    },

    // sigma and sigma', the tangent at x0, and its slope marked as the height of the bell
    tangent(root, data) {
      const svg = root.querySelector("svg");
      return (s) => {
        const box = plot(svg, data);
        const { y, slope } = withTangent(box, data, 1, 0, s.x0);
        const marker = { x1: box.sx(s.x0), x2: box.sx(s.x0), y1: box.sy(slope), y2: box.sy(y) };
        element("line", { ...marker, class: "widget__marker widget__marker--thin" }, box.layer);
        dot(box.layer, s.x0, slope, box, "derivative");
        show(root, "sigma", y);
        show(root, "slope", slope);
        show(root, "from_output", y * (1 - y));
      };
    },

    // the naive and the stable formula against the true value, in float64 or float32
    floating_point(root, data) {
      const svg = root.querySelector("svg");
      const status = (kind, extra = {}) => fill(text(root, `status.${kind}`), extra);
      // a subnormal is a whole number of the smallest subnormals: count its binary digits
      const bits = (v, smallest) => (v / smallest).toString(2).length;
      // sigma(x) = m 10^e from log sigma(x), which has no range limit
      const scientific = (log) => {
        const tenth = log / Math.LN10;
        let e = Math.floor(tenth);
        let m = general(10 ** (tenth - e), 6);
        if (m === "10") [m, e] = ["1", e + 1];
        return `${m}e${e < 0 ? "\u2212" : "+"}${Math.abs(e) < 10 ? "0" : ""}${Math.abs(e)}`;
      };
      return (s) => {
        const wide = s.precision === "float64";
        const round = wide ? (v) => v : f32;
        const x = round(s.x);
        const limits = data[s.precision];
        const smallest = wide ? SMALLEST_NORMAL : SMALLEST_NORMAL32;
        const tiniest = wide ? 2 ** -1074 : 2 ** -149;
        const e = round(Math.exp(round(-x)));
        const naive = round(1 / round(1 + e));
        const stable = round(sigmoid(x));
        const judge = (v, overflowed) => {
          if (overflowed) return status("overflow");
          if (v === 1) return status("saturated");
          if (v === 0) return status("underflow");
          if (v < smallest) return status("subnormal", { bits: bits(v, tiniest) });
          return status("ok");
        };
        show(root, "x", format(x, wide ? "g17" : "g9"));
        show(root, "naive", format(naive, wide ? "g17" : "g9"));
        show(root, "naive_status", judge(naive, e === Infinity));
        show(root, "stable", format(stable, wide ? "g17" : "g9"));
        show(root, "stable_status", judge(stable, false));
        show(root, "exact", x < 0 ? scientific(logSigmoid(x)) : `1 \u2212 ${scientific(logSigmoid(-x))}`);
        // where each formula gives what, from the build's bisection on the actual floats
        const box = plot(svg, data);
        const bands = {
          naive: [
            [-Infinity, limits.naive_zero, "zero"],
            [limits.naive_zero, limits.subnormal_from, "subnormal"],
            [limits.subnormal_from, limits.naive_one, "normal"],
            [limits.naive_one, Infinity, "one"],
          ],
          stable: [
            [-Infinity, limits.core_zero, "zero"],
            [limits.core_zero, limits.subnormal_from, "subnormal"],
            [limits.subnormal_from, limits.core_one, "normal"],
            [limits.core_one, Infinity, "one"],
          ],
        };
        Object.entries(bands).forEach(([row, parts], i) => {
          const [top, bottom] = [box.sy(data.y[1] - i - 0.1), box.sy(data.y[1] - i - 0.9)];
          for (const [a, b, kind] of parts) {
            const [left, right] = [box.sx(Math.max(a, data.x[0])), box.sx(Math.min(b, data.x[1]))];
            const shape = { x: left, y: top, width: right - left, height: bottom - top };
            if (right > left) element("rect", { ...shape, class: `widget__band ${look(svg, kind)}` }, box.layer);
          }
          const label = { x: box.left - 6, y: (top + bottom) / 2 + 5, "text-anchor": "end" };
          element("text", label, box.axes).textContent = text(root, `row.${row}`);
        });
        const marker = { x1: box.sx(x), x2: box.sx(x), y1: box.sy(data.y[0]), y2: box.sy(data.y[1]) };
        element("line", { ...marker, class: "widget__marker" }, box.layer);
      };
    },

    // forward and central differences of sigma at x against the step h
    finite_differences(root, data) {
      const svg = root.querySelector("svg");
      const forward = (x, h) => {
        const ahead = x + h;
        return ahead - x === 0 ? NaN : (sigmoid(ahead) - sigmoid(x)) / (ahead - x);
      };
      const central = (x, h) => {
        const [ahead, behind] = [x + h, x - h];
        return ahead - behind === 0 ? NaN : (sigmoid(ahead) - sigmoid(behind)) / (ahead - behind);
      };
      const step = (log) => data.steps[Math.round((log - data.log_low) / data.log_step)];
      return (s) => {
        const box = plot(svg, data);
        const exact = sigmoidDerivative(s.x);
        const error = (method, h) => Math.abs(method(s.x, h) - exact);
        const h = step(s.log_h);
        for (const [name, method] of [["forward", forward], ["central", central]]) {
          line(box.layer, data.steps.map((t) => [t, error(method, t)]), box, name);
          dot(box.layer, h, error(method, h), box, name);
          show(root, name, error(method, h));
        }
        show(root, "h", h);
        show(root, "exact", exact);
      };
    },

    // logistic regression on the build's data: the boundary, the loss and the accuracy, and
    // a button that takes one step of gradient descent from the weights shown
    logistic_regression(root, data, hooks) {
      const svg = root.querySelector("svg");
      const loss = (w) => {
        let total = 0;
        data.points.forEach((p, i) => {
          const z = w[0] * p[0] + w[1] * p[1] + w[2];
          const t = data.labels[i];
          total -= t * logSigmoid(z) + (1 - t) * logSigmoid(-z);
        });
        return total / data.points.length;
      };
      // the mean of (sigma(z) - t) (x1, x2, 1): the gradient of the mean loss
      const gradient = (w) => {
        const g = [0, 0, 0];
        data.points.forEach((p, i) => {
          const r = sigmoid(w[0] * p[0] + w[1] * p[1] + w[2]) - data.labels[i];
          g[0] += r * p[0];
          g[1] += r * p[1];
          g[2] += r;
        });
        return g.map((v) => v / data.points.length);
      };
      let current = null;
      let steps = 0;
      let change = null;
      let stepping = false;
      root.querySelector('[data-action="step"]').addEventListener("click", () => {
        const w = [current.w1, current.w2, current.b];
        const g = gradient(w);
        const next = w.map((v, i) => v - data.rate * g[i]);
        const before = loss(w);
        stepping = true;
        hooks.set({ w1: next[0], w2: next[1], b: next[2] });
        stepping = false;
        steps += 1;
        change = loss([current.w1, current.w2, current.b]) - before;
        show(root, "steps", steps);
        show(root, "change", change);
      });
      const score = (w, p) => w[0] * p[0] + w[1] * p[1] + w[2];
      const boundary = (box, w, series) => {
        // w1 x1 + w2 x2 + b = 0, drawn across the plot whichever way it runs
        const ends = Math.abs(w[1]) >= Math.abs(w[0])
          ? data.x.map((x) => [x, -(w[0] * x + w[2]) / w[1]])
          : data.y.map((y) => [-(w[1] * y + w[2]) / w[0], y]);
        if (w[0] !== 0 || w[1] !== 0) line(box.layer, ends, box, series);
      };
      show(root, "trained_loss", data.trained_loss);
      show(root, "trained_accuracy", 100 * data.trained_accuracy);
      return (s) => {
        current = { ...s };
        if (!stepping) {
          // weights set by hand: the count starts again
          steps = 0;
          change = null;
        }
        show(root, "steps", steps);
        show(root, "change", change === null ? "\u2013" : change);
        const box = plot(svg, data);
        const w = [s.w1, s.w2, s.b];
        data.points.forEach((p, i) => {
          const shape = { cx: box.sx(p[0]), cy: box.sy(p[1]), r: 3 };
          element("circle", { ...shape, class: `widget__point ${look(svg, `class${data.labels[i]}`)}` }, box.layer);
        });
        boundary(box, data.trained, "trained");
        boundary(box, w, "boundary");
        let right = 0;
        data.points.forEach((p, i) => {
          right += (score(w, p) > 0) === (data.labels[i] === 1);
        });
        show(root, "loss", loss(w));
        show(root, "accuracy", (100 * right) / data.points.length);
      };
    },
  };

  // the widgets' stylesheet, which the page does not wait for: they stay hidden until it is in
  const styled = new Promise((resolve, reject) => {
    const link = document.createElement("link");
    Object.assign(link, { rel: "stylesheet", href: document.currentScript.dataset.stylesheet });
    link.addEventListener("load", resolve);
    link.addEventListener("error", () => reject(new Error(`${link.href} did not load`)));
    document.head.append(link);
  });

  const start = async (root) => {
    const data = root.dataset.src ? await (await fetch(root.dataset.src)).json() : {};
    await styled;
    const hooks = {};
    const draw = widgets[root.dataset.widget](root, data, hooks);
    const state = controls(root, draw, hooks);
    draw(state);
    draggable(root, data);
    root.hidden = false;
  };

  globalThis.sigmoidWidgets = { numerics, numerics32, format };
  document.querySelectorAll(".widget[data-widget]").forEach((root) => {
    start(root).catch((error) => console.error(error));
  });
})();
