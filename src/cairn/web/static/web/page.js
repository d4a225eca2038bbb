// Behaviour every page shares, wired from data attributes: the Content-Security-Policy allows
// no inline event handlers. Listeners sit on the document, so content htmx swaps in works too.
(function () {
  "use strict";

  // The organisation switcher submits as soon as another organisation is chosen.
  document.addEventListener("change", function (event) {
    var field = event.target;
    if (field.matches && field.matches("[data-submit-on-change]") && field.form) {
      field.form.requestSubmit();
    }
  });

  // A new API token is selected on focus, ready to copy.
  document.addEventListener("focusin", function (event) {
    var field = event.target;
    if (field.matches && field.matches("[data-select-on-focus]")) { field.select(); }
  });
})();
