// Accessibility fixes for elements the theme creates, applied once the theme has started:
// the search dialog gets a name, each code block's button bar a distinct one, and regions that
// scroll horizontally (wide tables, long formulas) become reachable with the keyboard.
document$.subscribe(() => {
  // every layout read before any write, so the page is laid out once, not once per region
  const overflowing = [...document.querySelectorAll(".md-typeset__scrollwrap, .formula")]
    .filter((region) => region.scrollWidth > region.clientWidth);
  document.querySelector(".md-search")?.setAttribute("aria-label", "Search");
  document.querySelectorAll(".md-code__nav").forEach((nav, index) => {
    nav.setAttribute("aria-label", `Code block ${index + 1} buttons`);
  });
  overflowing.forEach((region) => {
    if (!region.hasAttribute("tabindex")) {
      region.tabIndex = 0;
      region.setAttribute("role", "region");
      region.setAttribute("aria-label", region.matches(".formula") ? "Formula" : "Table");
    }
  });
});
