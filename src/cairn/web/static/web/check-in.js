// The weekly check-in page: Enter saves the row from any field (Shift+Enter is a new line in a
// note), and after a row is saved in place the focus moves to the next row that is still open.
(function () {
  "use strict";

  function rowOf(element) {
    return element && element.closest ? element.closest("[data-check-in-row]") : null;
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.isComposing) { return; }
    var field = event.target;
    var row = rowOf(field);
    if (!row || !field.matches("input, textarea")) { return; }
    if (field.matches("textarea") && event.shiftKey) { return; }  // a new line in the note
    if (field.matches("[type=checkbox]")) { return; }
    event.preventDefault();
    var save = row.querySelector("[data-row-save]");
    if (save) { save.click(); }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (!target || !target.id) { return; }
    var swapped = document.getElementById(target.id);
    if (!swapped) { return; }
    if (swapped.hasAttribute("data-saved")) {
      var next = document.querySelector("[data-check-in-row] .check-in-row__value input:not([type=hidden])");
      if (next) { next.focus(); return; }
      var summary = swapped.querySelector(".check-in-row__summary");
      if (summary) { summary.focus(); }
      return;
    }
    var invalid = swapped.querySelector(".field--error input, .field--error textarea");
    var first = invalid || swapped.querySelector(".check-in-row__value input:not([type=hidden])");
    if (first) { first.focus(); }
  });
})();
