// Accessibility fixes for elements the theme's script creates, applied once it has started:
// each code block's button bar gets a distinct name (in the page's language, from the body's
// data-code-buttons, which the build writes with the search dialog's name), and regions that
// scroll horizontally (wide tables, long formulas) become reachable with the keyboard, each
// named by its content. Whether a region scrolls is read in a ResizeObserver's callback,
// after the browser's own layout, so the script forces none; it follows a rotated phone too.
document$.subscribe(() => {
  const template = document.body.dataset.codeButtons ?? "Code block N buttons";
  document.querySelectorAll(".md-code__nav").forEach((nav, index) => {
    nav.setAttribute("aria-label", template.replace("N", String(index + 1)));
  });
  const names = new Map();
  const labels = new WeakMap();
  // named by its content, so that a list of the page's regions tells them apart
  const label = (region) => {
    if (!labels.has(region)) {
      const text = (region.matches(".formula") ? linear : caption)(region);
      const name = text.replace(/\s+/g, " ").trim().slice(0, 120);
      names.set(name, (names.get(name) ?? 0) + 1);
      labels.set(region, names.get(name) > 1 ? `${name} (${names.get(name)})` : name);
    }
    return labels.get(region);
  };
  const observer = new ResizeObserver((entries) => {
    for (const { target: region } of entries) {
      const scrolls = region.scrollWidth > region.clientWidth;
      if (scrolls && !region.hasAttribute("tabindex")) {
        region.tabIndex = 0;
        region.setAttribute("role", "region");
        region.setAttribute("aria-label", label(region));
      } else if (!scrolls && region.hasAttribute("tabindex")) {
        region.removeAttribute("tabindex");
        region.removeAttribute("role");
        region.removeAttribute("aria-label");
      }
    }
  });
  document.querySelectorAll(".md-typeset__scrollwrap, .formula").forEach((region) => observer.observe(region));
});

// A formula's MathML as one line of text: fractions as (a)/(b), powers as a^b, subscripts as a_b.
function linear(node) {
  const parts = [...node.children].map(linear);
  switch (node.localName) {
    case "mfrac":
      return `(${parts[0]})/(${parts[1]})`;
    case "msup":
      return `${parts[0]}^${parts[1]}`;
    case "msub":
      return `${parts[0]}_${parts[1]}`;
    case "msubsup":
      return `${parts[0]}_${parts[1]}^${parts[2]}`;
    case "msqrt":
      return `√(${parts.join("")})`;
    case "mspace":
      return " ";
    case "mtext":
      return ` ${node.textContent.trim()} `;
    default:
      return parts.length ? parts.join("") : node.textContent.trim();
  }
}

// A table's caption: the paragraph after it that the build writes in italics, or its header.
function caption(region) {
  const next = region.nextElementSibling;
  const emphasis = next?.matches("p") && next.firstElementChild?.matches("em") ? next.firstElementChild : null;
  return (emphasis ?? region.querySelector("thead") ?? region).textContent.replace(/\s+/g, " ").trim();
}
