// Make the figures drawn by hooks/draw_figures.py small with the site's pinned svgo
// (node_modules/svgo), all of them in one node process.
// stdin: JSON [svg, ...]; stdout: JSON [{svg} | {error}], in the same order.
//
// This file is part of the figure cache's key: a change here redraws every figure.
const { optimize } = require("svgo");

// Coordinates are in pt: the viewBox is the figure's size in pt, shown at 4/3 CSS px a pt,
// 8/3 device px on a 2x screen. Paths keep 0.01 pt (a point moves at most 0.013 device px);
// every other number (text and marker positions, transforms) keeps 0.001 pt, because
// Chromium snaps a text's baseline to whole pixels: at 0.01 pt some labels jumped by one.
const PATH_PRECISION = 2;
const NUMBER_PRECISION = 3;

// The <svg> element's width, height (in pt: hooks/draw_figures.py reads them to size each
// <img>) and viewBox come out exactly as matplotlib wrote them.
const ROOT_SIZE = ["width", "height", "viewBox"];

const svgOf = (root) => root.children.find((node) => node.type === "element" && node.name === "svg");

function keepRootSize() {
  let original;
  return [
    {
      name: "recordRootSize",
      fn: (root) => {
        const attributes = svgOf(root).attributes;
        original = Object.fromEntries(ROOT_SIZE.map((name) => [name, attributes[name]]));
        return {};
      },
    },
    {
      name: "restoreRootSize",
      fn: (root) => {
        const attributes = svgOf(root).attributes;
        for (const name of ROOT_SIZE) {
          if (original[name] === undefined) delete attributes[name];
          else attributes[name] = original[name];
        }
        return {};
      },
    },
  ];
}

// matplotlib repeats its ~230-character font list (DejaVu Sans and its fallbacks) in the
// style of every <text>: it is said once, on the <svg> element, and inherited. An element
// keeps its own font-family wherever it differs from what it inherits (mathtext's tspans).
const declarations = (style) =>
  style.split(";").map((d) => d.trim()).filter(Boolean).map((d) => {
    const colon = d.indexOf(":");
    return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
  });

const hoistFontFamily = {
  name: "hoistFontFamily",
  fn: (root) => {
    const svg = svgOf(root);
    const elements = [];
    const walk = (node) => {
      for (const child of node.children) {
        if (child.type !== "element") continue;
        elements.push(child);
        walk(child);
      }
    };
    walk(svg);
    // A stylesheet that names fonts, or fonts given as attributes: left as they are.
    const fontsElsewhere = [svg, ...elements].some((element) =>
      element.attributes["font-family"] !== undefined || element.attributes.font !== undefined ||
      (element.name === "style" && /font/.test(JSON.stringify(element.children))));
    if (fontsElsewhere) return {};
    const counts = new Map();
    for (const element of elements) {
      for (const [property, value] of declarations(element.attributes.style || "")) {
        if (property === "font") return {};  // the shorthand: left as it is
        if (property === "font-family") counts.set(value, (counts.get(value) || 0) + 1);
      }
    }
    if (counts.size === 0) return {};
    let common = null;  // the most used; of equals, the first seen
    for (const [value, count] of counts) if (common === null || count > counts.get(common)) common = value;
    svg.attributes["font-family"] = common;
    const strip = (node, inherited) => {
      for (const child of node.children) {
        if (child.type !== "element") continue;
        const style = declarations(child.attributes.style || "");
        const family = style.find(([property]) => property === "font-family");
        if (family !== undefined && family[1] === inherited) {
          const kept = style.filter(([property]) => property !== "font-family");
          if (kept.length) child.attributes.style = kept.map(([property, value]) => `${property}: ${value}`).join("; ");
          else delete child.attributes.style;
        }
        strip(child, family === undefined ? inherited : family[1]);
      }
    };
    strip(svg, common);
    return {};
  },
};

// matplotlib's line breaks that svgo keeps: in an embedded image's base64 (svgo would
// make them spaces, which browsers skip) and between the tspans of a mathtext label, each
// tspan placed at its own x and y (the whitespace draws nothing).
const dropLineBreaks = {
  name: "dropLineBreaks",
  fn: () => ({
    element: {
      enter: (node) => {
        for (const [name, value] of Object.entries(node.attributes)) {
          if (/^data:[^,]*;base64,/.test(value)) node.attributes[name] = value.replace(/\s+/g, "");
        }
        const placed = (child) => child.type === "element" && child.name === "tspan" &&
          child.attributes.x !== undefined && child.attributes.y !== undefined;
        const blank = (child) => child.type === "text" && !child.value.trim();
        if (node.name === "text" && node.attributes["xml:space"] === undefined &&
            node.children.some(placed) && node.children.every((child) => placed(child) || blank(child))) {
          node.children = node.children.filter(placed);
        }
      },
    },
  }),
};

function config(svg) {
  // matplotlib's only stylesheet, `*{stroke-linejoin: round; stroke-linecap: butt}`, selects
  // no id: unused ids can go and the others be shortened, which svgo only does when told so.
  const stylesheets = svg.match(/<style\b[^>]*>[\s\S]*?<\/style>/g) || [];
  const selectsIds = stylesheets.some((stylesheet) => stylesheet.includes("#"));
  const [recordRootSize, restoreRootSize] = keepRootSize();
  return {
    js2svg: { pretty: false },
    plugins: [
      recordRootSize,
      hoistFontFamily,
      dropLineBreaks,
      {
        name: "preset-default",
        params: {
          overrides: {
            cleanupIds: { force: !selectsIds },
            cleanupNumericValues: { floatPrecision: NUMBER_PRECISION },
            convertTransform: { floatPrecision: NUMBER_PRECISION },
            convertPathData: { floatPrecision: PATH_PRECISION },
            mergePaths: { floatPrecision: PATH_PRECISION },
          },
        },
      },
      "removeXlink",  // href for xlink:href, which SVG 2 dropped (every browser since 2019)
      restoreRootSize,
    ],
  };
}

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const optimized = JSON.parse(input).map((svg) => {
    try {
      return { svg: optimize(svg, config(svg)).data };
    } catch (error) {
      return { error: String(error.message || error) };
    }
  });
  process.stdout.write(JSON.stringify(optimized));
});
