// The people picker (web/forms/people_picker.py): typing a name in the box lists matching people
// (and teams, where data-people-kinds has them) of the organisation (GET data-people-search?q=…)
// in a listbox (listbox.js, loaded with it); choosing one adds a chip holding a hidden input with
// the choice and clears the box (data-people-single: the chip replaces the one before); × removes
// a chip. Without this script the box takes email addresses (or a team's name) instead, which the
// server also accepts.
(function () {
  "use strict";
  if (window.cairnPeoplePicker) { return; }
  window.cairnPeoplePicker = true;
  var BOX = "[data-people-search] input[type=text]";
  var timer = null;

  function pickerOf(el) { return el.closest ? el.closest("[data-people-search]") : null; }

  function kinds(picker) { return (picker.getAttribute("data-people-kinds") || "person").split(","); }

  function addChip(picker, data) {
    var chosen = picker.querySelector(".people-picker__chosen");
    var value = kinds(picker).indexOf("team") >= 0 ? data.kind + ":" + data.id : String(data.id);
    if (picker.hasAttribute("data-people-single")) { chosen.textContent = ""; }
    if (chosen.querySelector('input[value="' + value + '"]')) { return; }
    var li = document.createElement("li");
    li.className = "chip";
    var input = document.createElement("input");
    input.type = "hidden"; input.name = picker.getAttribute("data-people-name"); input.value = value;
    var remove = document.createElement("button");
    remove.type = "button"; remove.className = "chip__remove"; remove.textContent = "×";
    remove.setAttribute("data-people-remove", "");
    remove.setAttribute("aria-label", (picker.getAttribute("data-people-remove") || "Remove") + " " + data.name);
    li.appendChild(input);
    li.appendChild(document.createTextNode(data.name + " "));
    li.appendChild(remove);
    chosen.appendChild(li);
  }

  // Made on first use: where htmx inserts both scripts, listbox.js may run second.
  var listbox = null;
  function list() {
    if (!listbox) { listbox = new window.CairnListbox(OPTIONS); }
    return listbox;
  }
  var OPTIONS = ({
    label: function (box) { return pickerOf(box).getAttribute("data-people-label") || "People"; },
    idSuffix: "-people",
    text: function (data, box) {
      var team = " (" + (pickerOf(box).getAttribute("data-people-team") || "team") + ")";
      return data.name + (data.kind === "team" ? team : "") + (data.detail ? " · " + data.detail : "");
    },
    onChoose: function (box, data) {
      addChip(pickerOf(box), data);
      box.value = "";
      list().close();
      box.focus();
    },
  });

  function search(box) {
    var query = box.value.trim();
    // Typed email addresses are left alone: the server reads them.
    if (query.length < 2 || /[@,;]/.test(query)) { list().close(); return; }
    var url = pickerOf(box).getAttribute("data-people-search") + "?q=" + encodeURIComponent(query);
    var wanted = kinds(pickerOf(box));
    list().fetch(url, function (results) {
      list().show(box, results.filter(function (r) { return wanted.indexOf(r.kind) >= 0; }));
    });
  }

  document.addEventListener("input", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches(BOX)) { return; }
    box.setAttribute("role", "combobox");
    box.setAttribute("aria-autocomplete", "list");
    clearTimeout(timer);
    timer = setTimeout(function () { search(box); }, 150);
  });

  document.addEventListener("keydown", function (event) { if (listbox) { listbox.keydown(event); } });

  document.addEventListener("click", function (event) {
    var remove = event.target.closest && event.target.closest("[data-people-remove]");
    if (!remove) { return; }
    var picker = pickerOf(remove);
    remove.parentNode.remove();
    if (picker) { picker.querySelector("input[type=text]").focus(); }
  });

  document.addEventListener("focusout", function (event) {
    if (listbox && event.target === listbox.box) { setTimeout(function () { listbox.close(); }, 100); }
  });

  // Someone quick may type before this deferred script runs: search what is already there.
  var early = document.activeElement;
  if (early && early.matches && early.matches(BOX) && early.value.trim()) {
    early.dispatchEvent(new Event("input", { bubbles: true }));
  }
})();
