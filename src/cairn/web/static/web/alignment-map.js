// The alignment map: zoom buttons (and + / - / 0 keys on the map), drag to pan, and choosing an
// objective highlights its path to the top. Without this file the map is a nested list that
// scrolls in its own box and opens level by level. No inline code (CSP); zoom is a data
// attribute the stylesheet maps to CSS `zoom`, never a style attribute.
(function () {
  "use strict";
  var LEVELS = [50, 67, 80, 100, 125, 150];

  function mapOf(element) {
    var id = element.getAttribute("aria-controls");
    return id ? document.getElementById(id) : element.closest("[data-map]");
  }

  function zoom(map, how) {
    var canvas = map.querySelector("[data-map-canvas]");
    var index = LEVELS.indexOf(Number(canvas.getAttribute("data-zoom")));
    if (how === "in") { index = Math.min(LEVELS.length - 1, index + 1); }
    if (how === "out") { index = Math.max(0, index - 1); }
    if (how === "reset") { index = LEVELS.indexOf(100); }
    canvas.setAttribute("data-zoom", String(LEVELS[index]));
    document.querySelectorAll("[data-map-zoom-level]").forEach(function (output) {
      output.textContent = LEVELS[index] + "%";
    });
  }

  function select(node) {
    document.querySelectorAll(".map-node.is-on-path").forEach(function (other) {
      other.classList.remove("is-on-path", "is-selected");
    });
    document.querySelectorAll("[data-map-select][aria-pressed='true']").forEach(function (button) {
      button.setAttribute("aria-pressed", "false");
    });
    var titles = [];
    node.classList.add("is-selected");
    node.querySelector(":scope > .map-card [data-map-select]").setAttribute("aria-pressed", "true");
    for (var step = node; step; step = step.parentElement.closest("[data-map-node]")) {
      step.classList.add("is-on-path");
      titles.unshift(step.querySelector(":scope > .map-card [data-map-title]").textContent);
    }
    var path = document.querySelector("[data-map-path]");
    if (path) { path.textContent = path.getAttribute("data-label") + " " + titles.join(" › "); }
  }

  // "Open every level": a company at a glance. Each branch loads when it opens (below); the
  // branches a load brings open in turn, until the map holds OPEN_ALL_LIMIT objectives (a large
  // company then opens level by level, as without scripts).
  var OPEN_ALL_LIMIT = 300;
  function openBranches(map, within) {
    if (map.querySelectorAll("[data-map-node]").length > OPEN_ALL_LIMIT) {
      map.removeAttribute("data-map-open-all");
      return;
    }
    within.querySelectorAll("details.map-branch:not([open])").forEach(function (branch) { branch.open = true; });
  }
  function openAll(map, open) {
    if (!open) {
      map.removeAttribute("data-map-open-all");
      map.querySelectorAll("details.map-branch[open]").forEach(function (branch) { branch.open = false; });
      return;
    }
    map.setAttribute("data-map-open-all", "");
    openBranches(map, map);
  }
  document.addEventListener("htmx:afterSettle", function (event) {
    var list = event.target.closest && event.target.closest("[data-map-children]");
    var map = list && list.closest("[data-map]");
    if (map && map.hasAttribute("data-map-open-all")) { openBranches(map, list); }
  });

  document.addEventListener("click", function (event) {
    var target = event.target;
    var button = target.closest && target.closest("[data-map-zoom]");
    if (button) { zoom(mapOf(button), button.getAttribute("data-map-zoom")); return; }
    var opener = target.closest && target.closest("[data-map-open]");
    if (opener) { openAll(mapOf(opener), opener.getAttribute("data-map-open") === "all"); return; }
    var chooser = target.closest && target.closest("[data-map-select]");
    var card = target.closest && target.closest(".map-card");
    if (chooser || (card && !target.closest("a, button, summary"))) {
      select((chooser || card).closest("[data-map-node]"));
    }
  });

  // Opening a branch loads its objectives once, from the link shown without scripts.
  document.addEventListener("toggle", function (event) {
    var details = event.target;
    if (!details.open || !details.matches || !details.matches(".map-branch")) { return; }
    var list = details.querySelector(":scope > [data-map-children]");
    var link = list && !list.hasAttribute("data-loaded") && list.querySelector("[data-map-load]");
    if (!link || !window.htmx) { return; }
    list.setAttribute("data-loaded", "");
    // The list is the source too: without one htmx sends every call from <body> and drops or
    // queues a second while the first runs, so two branches opened together left one empty.
    window.htmx.ajax("GET", link.getAttribute("href"), { source: list, target: list, swap: "innerHTML" });
  }, true);

  document.addEventListener("keydown", function (event) {
    var map = event.target.matches && event.target.matches("[data-map]") ? event.target : null;
    if (!map || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var keys = { "+": "in", "=": "in", "-": "out", "0": "reset" };
    if (event.key in keys) { event.preventDefault(); zoom(map, keys[event.key]); }
  });

  // Drag the background to pan (mouse and pen; touch screens scroll natively).
  var drag = null;
  document.addEventListener("pointerdown", function (event) {
    var map = event.target.closest && event.target.closest("[data-map]");
    if (!map || event.pointerType === "touch" || event.button !== 0) { return; }
    if (event.target.closest(".map-card, summary, a, button")) { return; }
    drag = { map: map, x: event.clientX, y: event.clientY, left: map.scrollLeft, top: map.scrollTop };
    map.classList.add("is-panning");
  });
  document.addEventListener("pointermove", function (event) {
    if (!drag) { return; }
    drag.map.scrollLeft = drag.left - (event.clientX - drag.x);
    drag.map.scrollTop = drag.top - (event.clientY - drag.y);
  });
  document.addEventListener("pointerup", function () {
    if (drag) { drag.map.classList.remove("is-panning"); drag = null; }
  });
})();
