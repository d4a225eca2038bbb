// Presentation mode: one slide at a time, stepped with the keyboard or the buttons; Escape leaves.
// Without scripts every slide is shown one below the other, so the page still reads top to bottom.
(function () {
  "use strict";
  var root = document.querySelector("[data-present]");
  if (!root) { return; }
  var slides = Array.prototype.slice.call(root.querySelectorAll("[data-slide]"));
  var counter = root.querySelector("[data-present-counter]");
  var previous = root.querySelector("[data-present-prev]");
  var next = root.querySelector("[data-present-next]");
  var fullscreen = root.querySelector("[data-present-fullscreen]");
  var current = 0;
  root.classList.add("present--stepping");

  function fromHash() {
    var match = /^#slide-(\d+)$/.exec(window.location.hash);
    var index = match ? parseInt(match[1], 10) - 1 : 0;
    return Math.max(0, Math.min(slides.length - 1, index));
  }

  function show(index, focus) {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach(function (slide, i) { slide.hidden = i !== current; });
    counter.textContent = (current + 1) + " / " + slides.length;
    previous.disabled = current === 0;
    next.disabled = current === slides.length - 1;
    if (slides[current].id) { history.replaceState(null, "", "#" + slides[current].id); }
    if (focus) { slides[current].focus(); }
  }

  previous.addEventListener("click", function () { show(current - 1, false); });
  next.addEventListener("click", function () { show(current + 1, false); });

  if (fullscreen && document.documentElement.requestFullscreen) {
    fullscreen.hidden = false;
    fullscreen.addEventListener("click", function () {
      if (document.fullscreenElement) { document.exitFullscreen(); }
      else { document.documentElement.requestFullscreen(); }
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var onControl = event.target.closest && event.target.closest("button, a");
    var key = event.key;
    if (key === "Escape") {
      if (!document.fullscreenElement) { window.location.href = root.getAttribute("data-exit-url"); }
      return;
    }
    // Space and Enter on a focused button or link press it; elsewhere Space steps forward.
    if (key === " " && onControl) { return; }
    var steps = {
      ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": event.shiftKey ? -1 : 1,
      ArrowLeft: -1, ArrowUp: -1, PageUp: -1
    };
    if (key === "Home") { show(0, true); }
    else if (key === "End") { show(slides.length - 1, true); }
    else if (Object.prototype.hasOwnProperty.call(steps, key)) { show(current + steps[key], true); }
    else { return; }
    event.preventDefault();
  });

  window.addEventListener("hashchange", function () { show(fromHash(), true); });
  show(fromHash(), false);
})();
