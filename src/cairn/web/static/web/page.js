// Behaviour every page shares, wired from data attributes: the Content-Security-Policy allows
// no inline event handlers. Listeners sit on the document, so content htmx swaps in works too.
(function () {
  "use strict";
  document.documentElement.classList.add("has-js");

  // A toast's dismiss button removes it (without scripts the button is hidden and it stays).
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-dismiss]");
    if (button) { var toast = button.closest(".toast"); if (toast) { toast.remove(); } }
  });

  // Menus built on <details> close on Escape and on a click elsewhere, like native menus.
  var MENUS = "details.app-menu[open], details.account-menu[open], details.actions-menu[open], details.modal[open]";
  document.addEventListener("click", function (event) {
    document.querySelectorAll(MENUS).forEach(function (menu) {
      if (!menu.contains(event.target)) { menu.open = false; }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    document.querySelectorAll(MENUS).forEach(function (menu) {
      menu.open = false;
      var summary = menu.querySelector("summary");
      if (summary && menu.contains(document.activeElement)) { summary.focus(); }
    });
  });

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
