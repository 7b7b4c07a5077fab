// Accessibility fixes for elements the theme creates, applied once the theme has started:
// the search dialog gets a name, each code block's button bar a distinct one, and regions that
// scroll horizontally (wide tables, long formulas) become reachable with the keyboard, each
// named by its content.
document$.subscribe(() => {
  // every layout read before any write, so the page is laid out once, not once per region
  const overflowing = [...document.querySelectorAll(".md-typeset__scrollwrap, .formula")]
    .filter((region) => region.scrollWidth > region.clientWidth);
  document.querySelector(".md-search")?.setAttribute("aria-label", "Search");
  document.querySelectorAll(".md-code__nav").forEach((nav, index) => {
    nav.setAttribute("aria-label", `Code block ${index + 1} buttons`);
  });
  const names = new Map();
  overflowing.forEach((region) => {
    if (!region.hasAttribute("tabindex")) {
      region.tabIndex = 0;
      region.setAttribute("role", "region");
      // named by its content, so that a list of the page's regions tells them apart
      const text = (region.matches(".formula") ? linear : caption)(region);
      const name = text.replace(/\s+/g, " ").trim().slice(0, 120);
      names.set(name, (names.get(name) ?? 0) + 1);
      region.setAttribute("aria-label", names.get(name) > 1 ? `${name} (${names.get(name)})` : name);
    }
  });
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
