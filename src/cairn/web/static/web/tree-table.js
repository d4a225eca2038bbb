// The board's tree-table: arrow keys move between rows, Right/Left open and close a row's key
// results, Home/End jump, and "Expand all"/"Collapse all" buttons. Without this file every row
// still opens with its <summary> (Enter/Space) and Tab reaches every link: this only adds speed.
// Listeners sit on the document, so rows htmx appends ("Show more") work too. No inline code (CSP).
(function () {
  "use strict";

  function rowsOf(table) {
    return Array.prototype.filter.call(table.querySelectorAll("[data-tree-row]"), function (row) {
      return row.offsetParent !== null; // skip rows inside collapsed parents
    });
  }

  function focusTarget(row) {
    return row.querySelector(":scope > .tree-row__details > [data-tree-focus]") ||
      row.querySelector(":scope > .tree-row__cells [data-tree-focus]") ||
      row.querySelector("a, summary");
  }

  function move(table, row, step) {
    var rows = rowsOf(table);
    var index = rows.indexOf(row);
    var next = step === "first" ? rows[0] : step === "last" ? rows[rows.length - 1] : rows[index + step];
    var target = next && focusTarget(next);
    if (target) { target.focus(); target.scrollIntoView({ block: "nearest" }); }
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var table = event.target.closest && event.target.closest("[data-tree-table]");
    var row = table && event.target.closest("[data-tree-row]");
    if (!row || event.target.matches("input, select, textarea")) { return; }
    var details = row.querySelector(":scope > .tree-row__details");
    var steps = { ArrowDown: 1, ArrowUp: -1, Home: "first", End: "last" };
    if (event.key in steps) {
      event.preventDefault();
      move(table, row, steps[event.key]);
    } else if (event.key === "ArrowRight" && details && !details.open) {
      event.preventDefault();
      details.open = true;
    } else if (event.key === "ArrowLeft" && details && details.open) {
      event.preventDefault();
      details.open = false;
    }
  });

  // Opening a row loads its key results once, from the address of the link shown without
  // scripts (one attribute per row instead of four hx-* ones: a page holds a hundred rows).
  document.addEventListener("toggle", function (event) {
    var details = event.target;
    if (!details.open || !details.matches || !details.matches(".tree-row__details")) { return; }
    var box = details.querySelector("[data-tree-children]");
    var link = box && !box.hasAttribute("data-loaded") && box.querySelector("[data-tree-load]");
    if (!link || !window.htmx) { return; }
    box.setAttribute("data-loaded", "");
    waiting.push({ box: box, url: link.getAttribute("href") });
    pump();
  }, true);

  // "Expand all" opens a hundred rows at once: load their key results four at a time rather
  // than sending a hundred requests together.
  var waiting = [];
  var running = 0;
  function pump() {
    while (running < 4 && waiting.length) {
      var next = waiting.shift();
      running += 1;
      // The box is the source as well as the target: without a source htmx issues every call
      // from <body>, keeps one request per element and drops or queues the rest (their
      // promises never settle), so "Expand all" stalled after two or three rows.
      window.htmx.ajax("GET", next.url, { source: next.box, target: next.box, swap: "innerHTML" })
        .finally(function () { running -= 1; pump(); });
    }
  }

  // Two columns (board.css, from 75 rem): CSS balances the rows, then this pins where the
  // second column starts (a forced column break, so opening a row never moves rows from one
  // column to the other) and, when a team runs on into it, names the team again at its top,
  // "Sales (continued)". The copy is for the eye only: screen readers read one list, in order.
  var twoColumns = window.matchMedia("(min-width: 75rem)");

  function pinColumns(table) {
    var body = table.querySelector(".tree-table__body");
    if (!body) { return; }
    body.querySelectorAll(".tree-table__group--continued").forEach(function (copy) { copy.remove(); });
    body.querySelectorAll(".tree-table__column-start").forEach(function (item) {
      item.classList.remove("tree-table__column-start");
    });
    if (!twoColumns.matches || getComputedStyle(body).columnCount !== "2") { return; }
    var items = body.children;
    var left = items.length && items[0].getBoundingClientRect().left;
    var heading = null;
    for (var i = 0; i < items.length; i += 1) {
      var item = items[i];
      if (item.getBoundingClientRect().left > left + 1) {
        item.classList.add("tree-table__column-start");
        var title = heading && heading.querySelector(".tree-table__group-title");
        if (item.matches("[data-tree-row]") && title) {
          var copy = document.createElement("li");
          copy.className = "tree-table__group tree-table__group--continued tree-table__column-start";
          copy.setAttribute("aria-hidden", "true");
          var text = document.createElement("p");
          text.className = "tree-table__group-title";
          text.textContent = title.textContent.trim() + " " + (table.getAttribute("data-continued") || "");
          copy.appendChild(text);
          item.classList.remove("tree-table__column-start");
          body.insertBefore(copy, item);
        }
        return;
      }
      if (item.classList.contains("tree-table__group")) { heading = item; }
    }
  }

  function pinAll() {
    document.querySelectorAll("[data-tree-table]").forEach(pinColumns);
  }
  pinAll();
  if (twoColumns.addEventListener) { twoColumns.addEventListener("change", pinAll); }
  // New results (a filter) or more rows ("Show more"): balance again. Key results loading
  // into an opened row change nothing: the columns stay pinned.
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.target;
    if (!(target.closest && target.closest("[data-tree-children]"))) { pinAll(); }
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-tree-expand]");
    if (!button) { return; }
    var table = document.getElementById(button.getAttribute("aria-controls"));
    if (!table) { return; }
    var open = button.getAttribute("data-tree-expand") === "open";
    table.querySelectorAll(".tree-row__details").forEach(function (details) { details.open = open; });
  });
})();
