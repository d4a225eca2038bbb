// @ mentions in comment boxes: typing "@ad" lists matching people and teams of the organisation
// (GET data-mention-search?q=…, at most 8) in a listbox (listbox.js, loaded with it);
// choosing one inserts the token "@[Name](person:12)" that the server stores by id. Listeners
// sit on the document, so boxes that htmx swaps in work too; loading the file twice (sections
// re-rendered) adds nothing.
(function () {
  "use strict";
  if (window.cairnMentions) { return; }
  window.cairnMentions = true;
  var QUERY = /(^|\s)@([^\s@\[\]()]{1,30}(?: [^\s@\[\]()]{0,30})?)$/;
  var start = 0, timer = null;
  // Made on first use: where htmx inserts both scripts, listbox.js may run second.
  var listbox = null;
  function list() {
    if (!listbox) { listbox = new window.CairnListbox(OPTIONS); }
    return listbox;
  }
  var OPTIONS = ({
    label: function (box) { return box.getAttribute("data-mention-label") || "People and teams"; },
    idSuffix: "-mentions",
    chooseKeys: ["Enter", "Tab"],
    text: function (data, box) {
      var team = " (" + (box.getAttribute("data-mention-team") || "team") + ")";
      return data.name + (data.kind === "team" ? team : "") + (data.detail ? " · " + data.detail : "");
    },
    onChoose: function (box, data) {
      var token = "@[" + data.name.replace(/[\[\]]/g, "") + "](" + data.kind + ":" + data.id + ") ";
      var caret = box.selectionStart;
      box.value = box.value.slice(0, start) + token + box.value.slice(caret);
      var at = start + token.length;
      box.setSelectionRange(at, at);
      list().close();
      box.focus();
    },
  });

  function search(box) {
    var before = box.value.slice(0, box.selectionStart);
    var match = QUERY.exec(before);
    if (!match) { list().close(); return; }
    start = before.length - match[2].length - 1;
    var url = box.getAttribute("data-mention-search") + "?q=" + encodeURIComponent(match[2]);
    list().fetch(url, function (results) { list().show(box, results); });
  }

  document.addEventListener("input", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches("textarea[data-mention-search]")) { return; }
    box.setAttribute("aria-autocomplete", "list");
    clearTimeout(timer);
    timer = setTimeout(function () { search(box); }, 150);
  });

  document.addEventListener("keydown", function (event) { if (listbox) { listbox.keydown(event); } });

  document.addEventListener("focusout", function (event) {
    if (listbox && event.target === listbox.box) { setTimeout(function () { listbox.close(); }, 100); }
  });
})();
