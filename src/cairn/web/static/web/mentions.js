// @ mentions in comment boxes: typing "@ad" lists matching people and teams of the organisation
// (GET data-mention-search?q=…, at most 8) in an ARIA listbox; choosing one inserts the token
// "@[Name](person:12)" that the server stores by id. A textarea (role textbox) takes
// aria-autocomplete, aria-controls and aria-activedescendant, so screen readers follow the list. Listeners sit on the document, so boxes
// that htmx swaps in work too; loading the file twice (sections re-rendered) adds nothing.
(function () {
  "use strict";
  if (window.cairnMentions) { return; }
  window.cairnMentions = true;
  var QUERY = /(^|\s)@([^\s@\[\]()]{1,30}(?: [^\s@\[\]()]{0,30})?)$/;
  var state = { box: null, list: null, items: [], active: -1, start: 0, timer: null, seq: 0 };

  function close() {
    if (state.list) { state.list.remove(); }
    if (state.box) { state.box.removeAttribute("aria-activedescendant"); }
    state.list = null; state.items = []; state.active = -1;
  }

  function highlight(index) {
    state.active = index;
    state.items.forEach(function (item, i) {
      item.el.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    if (index >= 0) { state.box.setAttribute("aria-activedescendant", state.items[index].el.id); }
  }

  function choose(index) {
    var box = state.box, item = state.items[index];
    if (!box || !item) { return; }
    var token = "@[" + item.data.name.replace(/[\[\]]/g, "") + "](" + item.data.kind + ":" + item.data.id + ") ";
    var caret = box.selectionStart;
    box.value = box.value.slice(0, state.start) + token + box.value.slice(caret);
    var at = state.start + token.length;
    box.setSelectionRange(at, at);
    close();
    box.focus();
  }

  function show(box, results) {
    close();
    state.box = box;
    if (!results.length) { return; }
    var list = document.createElement("ul");
    list.className = "mention-list";
    list.id = box.id + "-mentions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", box.getAttribute("data-mention-label") || "People and teams");
    results.forEach(function (data, i) {
      var li = document.createElement("li");
      li.id = list.id + "-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.textContent = data.name + (data.kind === "team" ? " (" + (box.getAttribute("data-mention-team") || "team") + ")" : "") + (data.detail ? " · " + data.detail : "");
      li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
      list.appendChild(li);
      state.items.push({ el: li, data: data });
    });
    box.parentNode.appendChild(list);
    state.list = list;
    box.setAttribute("aria-controls", list.id);
    highlight(0);
  }

  function search(box) {
    var before = box.value.slice(0, box.selectionStart);
    var match = QUERY.exec(before);
    if (!match) { close(); return; }
    state.start = before.length - match[2].length - 1;
    var seq = ++state.seq;
    var url = box.getAttribute("data-mention-search") + "?q=" + encodeURIComponent(match[2]);
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (body) { if (seq === state.seq) { show(box, body.results || []); } })
      .catch(close);
  }

  document.addEventListener("input", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches("textarea[data-mention-search]")) { return; }
    box.setAttribute("aria-autocomplete", "list");
    clearTimeout(state.timer);
    state.timer = setTimeout(function () { search(box); }, 150);
  });

  document.addEventListener("keydown", function (event) {
    if (!state.list || event.target !== state.box) { return; }
    var n = state.items.length;
    if (event.key === "ArrowDown") { event.preventDefault(); highlight((state.active + 1) % n); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight((state.active - 1 + n) % n); }
    else if (event.key === "Enter" || event.key === "Tab") { event.preventDefault(); choose(state.active); }
    else if (event.key === "Escape") { event.preventDefault(); close(); }
  });

  document.addEventListener("focusout", function (event) {
    if (event.target === state.box) { setTimeout(close, 100); }
  });
})();
