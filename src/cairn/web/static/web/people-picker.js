// The people picker (web/forms/people_picker.py): typing a name in the box lists matching people of
// the organisation (GET data-people-search?q=…, people only) in an ARIA listbox; choosing one adds a
// chip holding a hidden input with the person's id and clears the box. × removes a chip. Without
// this script the box takes email addresses separated by commas, which the server also accepts.
(function () {
  "use strict";
  if (window.cairnPeoplePicker) { return; }
  window.cairnPeoplePicker = true;
  var state = { box: null, list: null, items: [], active: -1, timer: null, seq: 0 };

  function pickerOf(el) { return el.closest ? el.closest("[data-people-search]") : null; }

  function close() {
    if (state.list) { state.list.remove(); }
    if (state.box) { state.box.removeAttribute("aria-activedescendant"); state.box.setAttribute("aria-expanded", "false"); }
    state.list = null; state.items = []; state.active = -1;
  }

  function highlight(index) {
    state.active = index;
    state.items.forEach(function (item, i) { item.el.setAttribute("aria-selected", i === index ? "true" : "false"); });
    if (index >= 0) { state.box.setAttribute("aria-activedescendant", state.items[index].el.id); }
  }

  function addChip(picker, data) {
    var name = picker.getAttribute("data-people-name");
    var chosen = picker.querySelector(".people-picker__chosen");
    if (chosen.querySelector('input[value="' + String(data.id) + '"]')) { return; }
    var li = document.createElement("li");
    li.className = "chip";
    var input = document.createElement("input");
    input.type = "hidden"; input.name = name; input.value = String(data.id);
    var remove = document.createElement("button");
    remove.type = "button"; remove.className = "chip__remove"; remove.textContent = "×";
    remove.setAttribute("data-people-remove", "");
    remove.setAttribute("aria-label", "Remove " + data.name);
    li.appendChild(input);
    li.appendChild(document.createTextNode(data.name + " "));
    li.appendChild(remove);
    chosen.appendChild(li);
  }

  function choose(index) {
    var box = state.box, item = state.items[index];
    if (!box || !item) { return; }
    addChip(pickerOf(box), item.data);
    box.value = "";
    close();
    box.focus();
  }

  function show(box, results) {
    close();
    state.box = box;
    if (!results.length) { return; }
    var list = document.createElement("ul");
    list.className = "mention-list";
    list.id = box.id + "-people";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "People");
    results.forEach(function (data, i) {
      var li = document.createElement("li");
      li.id = list.id + "-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.textContent = data.name + (data.detail ? " · " + data.detail : "");
      li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
      list.appendChild(li);
      state.items.push({ el: li, data: data });
    });
    box.parentNode.appendChild(list);
    state.list = list;
    box.setAttribute("aria-controls", list.id);
    box.setAttribute("aria-expanded", "true");
    highlight(0);
  }

  function search(box) {
    var query = box.value.trim();
    // Typed email addresses are left alone: the server reads them.
    if (query.length < 2 || /[@,;]/.test(query)) { close(); return; }
    var seq = ++state.seq;
    var url = pickerOf(box).getAttribute("data-people-search") + "?q=" + encodeURIComponent(query);
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (body) {
        if (seq !== state.seq) { return; }
        show(box, (body.results || []).filter(function (r) { return r.kind === "person"; }));
      })
      .catch(close);
  }

  document.addEventListener("input", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches("[data-people-search] input[type=text]")) { return; }
    box.setAttribute("role", "combobox");
    box.setAttribute("aria-autocomplete", "list");
    clearTimeout(state.timer);
    state.timer = setTimeout(function () { search(box); }, 150);
  });

  document.addEventListener("keydown", function (event) {
    if (!state.list || event.target !== state.box) { return; }
    var n = state.items.length;
    if (event.key === "ArrowDown") { event.preventDefault(); highlight((state.active + 1) % n); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight((state.active - 1 + n) % n); }
    else if (event.key === "Enter") { event.preventDefault(); choose(state.active); }
    else if (event.key === "Escape") { event.preventDefault(); close(); }
  });

  document.addEventListener("click", function (event) {
    var remove = event.target.closest && event.target.closest("[data-people-remove]");
    if (!remove) { return; }
    var picker = pickerOf(remove);
    remove.parentNode.remove();
    if (picker) { picker.querySelector("input[type=text]").focus(); }
  });

  document.addEventListener("focusout", function (event) {
    if (event.target === state.box) { setTimeout(close, 100); }
  });

  // Someone quick may type before this deferred script runs: search what is already there.
  var early = document.activeElement;
  if (early && early.matches && early.matches("[data-people-search] input[type=text]") && early.value.trim()) {
    early.dispatchEvent(new Event("input", { bubbles: true }));
  }
})();
