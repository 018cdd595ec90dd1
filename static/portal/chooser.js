// The organisation chooser: an ARIA 1.2 combobox whose listbox the server fills (HTMX) as
// one types. Arrow keys move through the suggestions, Enter or a click chooses one, Escape
// closes the list. Without this script the field is a plain text field the server reads.
(function () {
  "use strict";

  function parts(element) {
    var box = element.closest("[data-chooser]");
    if (!box) { return null; }
    return {
      box: box,
      input: box.querySelector("[data-chooser-input]"),
      value: box.querySelector("[data-chooser-value]"),
      list: box.querySelector("[role=listbox]")
    };
  }

  function options(p) {
    return Array.prototype.slice.call(p.list.querySelectorAll("[role=option]:not([aria-disabled=true])"));
  }

  function open(p) {
    var any = p.list.querySelector("[role=option]");
    p.list.hidden = !any;
    p.input.setAttribute("aria-expanded", any ? "true" : "false");
  }

  function close(p) {
    p.list.hidden = true;
    p.input.setAttribute("aria-expanded", "false");
    p.input.removeAttribute("aria-activedescendant");
  }

  function activate(p, option) {
    options(p).forEach(function (o) { o.setAttribute("aria-selected", o === option ? "true" : "false"); });
    if (option) {
      p.input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({block: "nearest"});
    }
  }

  function choose(p, option) {
    p.input.value = option.getAttribute("data-label");
    p.value.value = option.getAttribute("data-value");
    close(p);
    p.input.dispatchEvent(new Event("change", {bubbles: true}));
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    var p = parts(event.target);
    if (p && event.target === p.list) { open(p); activate(p, null); }
  });

  document.addEventListener("input", function (event) {
    if (!event.target.matches || !event.target.matches("[data-chooser-input]")) { return; }
    var p = parts(event.target);
    p.value.value = "";  // the text no longer names the chosen organisation
    if (!p.input.value.trim()) { p.list.innerHTML = ""; close(p); }
  });

  document.addEventListener("keydown", function (event) {
    if (!event.target.matches || !event.target.matches("[data-chooser-input]")) { return; }
    var p = parts(event.target), list = options(p);
    var current = p.list.querySelector("[aria-selected=true]");
    var index = list.indexOf(current);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (p.list.hidden) { open(p); }
      if (!list.length) { return; }
      event.preventDefault();
      var step = event.key === "ArrowDown" ? 1 : -1;
      activate(p, list[(index + step + list.length) % list.length]);
    } else if (event.key === "Enter" && !p.list.hidden && current) {
      event.preventDefault();  // choose, do not submit the form
      choose(p, current);
    } else if (event.key === "Escape" && !p.list.hidden) {
      event.preventDefault();
      close(p);
    } else if (event.key === "Tab") {
      close(p);
    }
  });

  document.addEventListener("mousedown", function (event) {
    var option = event.target.closest && event.target.closest("[data-chooser] [role=option]");
    if (option && option.getAttribute("aria-disabled") !== "true") {
      event.preventDefault();
      choose(parts(option), option);
    }
  });

  document.addEventListener("focusout", function (event) {
    if (event.target.matches && event.target.matches("[data-chooser-input]")) {
      var p = parts(event.target);
      window.setTimeout(function () { if (document.activeElement !== p.input) { close(p); } }, 150);
    }
  });
})();
