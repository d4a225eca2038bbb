// Small enhancements on top of htmx: keep keyboard focus sensible after a row is swapped.
document.addEventListener("htmx:afterSwap", function (event) {
  var row = event.detail.target;
  if (!row || !row.closest) { return; }
  var swapped = document.getElementById(row.id) || row;
  var saved = document.querySelector(".check-in-row[data-saved]#" + CSS.escape(swapped.id || ""));
  if (saved) {
    var next = saved.nextElementSibling;
    var field = next && next.querySelector("input:not([type=hidden]), textarea, select");
    if (field) { field.focus(); } else { var note = saved.querySelector(".saved-note"); if (note) { note.setAttribute("tabindex", "-1"); note.focus(); } }
    return;
  }
  var invalid = swapped.querySelector && swapped.querySelector(".field--error input, .field--error textarea");
  if (invalid) { invalid.focus(); }
});
