// The check-in meeting: ← and → step through the members (the links work without JavaScript).
document.addEventListener("keydown", function (event) {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
  var target = event.target;
  if (target && target.closest && target.closest("input, textarea, select, [contenteditable]")) { return; }
  var step = event.key === "ArrowLeft" ? "prev" : event.key === "ArrowRight" ? "next" : null;
  if (!step) { return; }
  var link = document.querySelector('[data-meeting-step="' + step + '"]');
  if (link) { event.preventDefault(); link.click(); }
});
