// Search and filters for the radar page; the page is complete without this script.
(function () {
  "use strict";
  const search = document.getElementById("search");
  const quadrant = document.getElementById("filter-quadrant");
  const ring = document.getElementById("filter-ring");
  const change = document.getElementById("filter-change");
  const count = document.getElementById("count");
  const noMatch = document.getElementById("no-match");
  const rows = Array.from(document.querySelectorAll("tr.tool"));
  const total = rows.length;
  const drawn = Array.from(document.querySelectorAll("#picture [data-tool]"));

  function matches(row, words) {
    const data = row.dataset;
    if (quadrant.value && data.quadrant !== quadrant.value) return false;
    if (ring.value && data.ring !== ring.value) return false;
    if (change.value === "new" && data.change !== "new") return false;
    if (change.value === "moved" && data.change !== "in" && data.change !== "out") return false;
    if (change.value === "voted" && data.voted !== "1") return false;
    return words.every((word) => data.search.includes(word));
  }

  function apply() {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    const shown = new Set();
    for (const row of rows) {
      const visible = matches(row, words);
      row.hidden = !visible;
      if (visible) shown.add(row.dataset.tool);
    }
    for (const body of document.querySelectorAll("#tools tbody")) {
      body.hidden = !body.querySelector("tr.tool:not([hidden])");
    }
    for (const section of document.querySelectorAll("#tools section.quadrant")) {
      section.hidden = !section.querySelector("tr.tool:not([hidden])");
    }
    const filtering = shown.size !== total;
    for (const element of drawn) {
      element.classList.toggle("dim", filtering && !shown.has(element.dataset.tool));
    }
    count.textContent = shown.size + " of " + total + " tools";
    noMatch.hidden = shown.size !== 0;
  }

  for (const control of [search, quadrant, ring, change]) {
    control.addEventListener("input", apply);
    control.addEventListener("change", apply);
  }
  document.getElementById("filters").addEventListener("submit", (event) => event.preventDefault());

  // a blip or a line of the picture's lists opens that tool's detail view
  for (const element of drawn) {
    element.addEventListener("click", () => { location.hash = "tool-" + element.dataset.tool; });
  }
  for (const blip of document.querySelectorAll("#picture .blip")) {
    blip.setAttribute("tabindex", "0");
    blip.setAttribute("role", "link");
    blip.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); location.hash = "tool-" + blip.dataset.tool; }
    });
  }
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && location.hash.startsWith("#tool-")) location.hash = "tools";
  });

  const zoom = document.getElementById("zoom");
  zoom.addEventListener("click", () => {
    const actual = document.getElementById("picture").classList.toggle("actual");
    zoom.setAttribute("aria-pressed", String(actual));
    zoom.textContent = actual ? "Fit to width" : "Actual size";
  });

  apply();
})();
