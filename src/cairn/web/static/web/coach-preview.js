// The live coach in the key result form: the parser fills kind, start, target and unit from the
// title as it is typed, but a field the person set by hand is never overwritten.
(function () {
  "use strict";
  var FIELDS = ["kind", "start", "target", "unit"];

  function coachForm(element) {
    return element && element.closest ? element.closest("form[data-live-coach]") : null;
  }

  function markHandSet(event) {
    var field = event.target;
    if (!coachForm(field) || FIELDS.indexOf(field.name) < 0) { return; }
    field.setAttribute("data-coach-manual", "1");
    field.classList.remove("coach-filled");
  }
  document.addEventListener("input", markHandSet);
  document.addEventListener("change", markHandSet);

  // Tell the server which fields are the person's own, so its findings use them.
  document.addEventListener("htmx:configRequest", function (event) {
    var form = coachForm(event.detail.elt);
    if (!form || event.detail.elt.name !== "title") { return; }
    var manual = FIELDS.filter(function (name) {
      var field = form.elements[name];
      return field && field.hasAttribute("data-coach-manual");
    });
    event.detail.parameters.set("manual", manual.join(","));
  });

  document.addEventListener("coach:parsed", function (event) {
    var form = coachForm(event.target);
    var values = (event.detail && event.detail.fields) || {};
    if (!form) { return; }
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (!field || field.hasAttribute("data-coach-manual") || !(name in values)) { return; }
      if (field.value !== values[name]) {
        field.value = values[name];
        field.classList.add("coach-filled");
      }
    });
  });
})();
