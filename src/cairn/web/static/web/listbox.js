// A list of suggestions under a text box, shared by the @mention box (mentions.js) and the people
// picker (people-picker.js): an ARIA listbox the box controls through aria-controls and
// aria-activedescendant, so screen readers follow it; arrows move, Enter (and Tab where asked)
// chooses, Escape closes. `new CairnListbox({label, idSuffix, text, onChoose, chooseKeys})`;
// `label(box)` and `text(data, box)` read their words from the page (translated there).
(function () {
  "use strict";
  if (window.CairnListbox) { return; }

  function Listbox(options) {
    this.options = options;
    this.box = null; this.list = null; this.items = []; this.active = -1;
  }

  Listbox.prototype.close = function () {
    if (this.list) { this.list.remove(); }
    if (this.box) {
      this.box.removeAttribute("aria-activedescendant");
      this.box.setAttribute("aria-expanded", "false");
    }
    this.list = null; this.items = []; this.active = -1;
  };

  Listbox.prototype.highlight = function (index) {
    this.active = index;
    this.items.forEach(function (item, i) { item.el.setAttribute("aria-selected", i === index ? "true" : "false"); });
    if (index >= 0) { this.box.setAttribute("aria-activedescendant", this.items[index].el.id); }
  };

  Listbox.prototype.choose = function (index) {
    var item = this.items[index];
    if (this.box && item) { this.options.onChoose(this.box, item.data); }
  };

  Listbox.prototype.show = function (box, results) {
    var self = this;
    this.close();
    this.box = box;
    if (!results.length) { return; }
    var list = document.createElement("ul");
    list.className = "mention-list";
    list.id = box.id + this.options.idSuffix;
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", this.options.label(box));
    results.forEach(function (data, i) {
      var li = document.createElement("li");
      li.id = list.id + "-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.textContent = self.options.text(data, box);
      li.addEventListener("mousedown", function (event) { event.preventDefault(); self.choose(i); });
      list.appendChild(li);
      self.items.push({ el: li, data: data });
    });
    box.parentNode.appendChild(list);
    this.list = list;
    box.setAttribute("aria-controls", list.id);
    box.setAttribute("aria-expanded", "true");
    this.highlight(0);
  };

  // Return true when the key was the list's (the caller then stops there).
  Listbox.prototype.keydown = function (event) {
    if (!this.list || event.target !== this.box) { return false; }
    var n = this.items.length, choose = this.options.chooseKeys || ["Enter"];
    if (event.key === "ArrowDown") { this.highlight((this.active + 1) % n); }
    else if (event.key === "ArrowUp") { this.highlight((this.active - 1 + n) % n); }
    else if (choose.indexOf(event.key) >= 0) { this.choose(this.active); }
    else if (event.key === "Escape") { this.close(); }
    else { return false; }
    event.preventDefault();
    return true;
  };

  // Fetch JSON results for a query; `deliver` gets them unless a newer query was sent meanwhile.
  Listbox.prototype.fetch = function (url, deliver) {
    var self = this, seq = (this.seq = (this.seq || 0) + 1);
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (body) { if (seq === self.seq) { deliver(body.results || []); } })
      .catch(function () { self.close(); });
  };

  window.CairnListbox = Listbox;
})();
