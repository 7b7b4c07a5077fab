// Renders TeX to MathML with KaTeX at build time: reads a JSON array of {"tex", "display"} on
// stdin and writes a JSON array of {"html"} or {"error"} in the same order. Called by
// scripts/formulas.py, which rewrites the MathML for what browsers implement.
import katex from "katex";

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const results = JSON.parse(input).map(({ tex, display }) => {
    try {
      const html = katex.renderToString(tex, {
        displayMode: display,
        output: "mathml",
        throwOnError: true,
        strict: "error",
        trust: false,
      });
      return { html };
    } catch (error) {
      return { error: String(error.message || error) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
