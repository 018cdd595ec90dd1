// The budget grids: move with the keyboard like a spreadsheet, paste blocks copied from
// Excel, show amounts the Swedish way, and warn before unsaved changes are lost.
(function () {
  "use strict";

  var NBSP = "\u00a0";
  var SPACES = /[\s\u00a0\u202f\u2009']/g;

  // Mirrors finance/amounts.py parse_amount: null for empty, NaN for unreadable.
  function parseAmount(text) {
    var cleaned = String(text || "").replace(SPACES, "").replace(/(kr|sek|nok|eur|:-)$/i, "");
    if (cleaned === "") return null;
    if (/^[-\u2212]/.test(cleaned)) return NaN;
    if ((cleaned.match(/[.,]/g) || []).length > 1) return NaN;
    cleaned = cleaned.replace(",", ".");
    if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return NaN;
    return cleaned;
  }

  function formatAmount(plain) {
    var parts = plain.split(".");
    var whole = parts[0].replace(/^0+(?=\d)/, "");
    var grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
    if (parts.length > 1 && !/^0+$/.test(parts[1])) {
      return grouped + "," + (parts[1] + "0").slice(0, 2);
    }
    return grouped;
  }

  function markCell(input) {
    var value = parseAmount(input.value);
    var bad = value !== null && value !== value; // NaN
    if (bad) {
      input.setAttribute("aria-invalid", "true");
    } else if (!(input.closest("td") && input.closest("td").classList.contains("has-error"))) {
      // An amount outside a table cell (a new financing line's form) has no server error mark.
      input.removeAttribute("aria-invalid");
    }
    return bad;
  }

  function tidy(input) {
    var value = parseAmount(input.value);
    if (value !== null && value === value) input.value = formatAmount(value);
    markCell(input);
  }

  function controls(row) {
    // One entry per table cell: the control to focus there, or null.
    return Array.prototype.map.call(row.cells, function (cell) {
      return cell.querySelector("input:not([type=hidden]):not([disabled]), select, textarea");
    });
  }

  function position(control) {
    var cell = control.closest("td, th");
    var row = cell.parentElement;
    var body = row.parentElement;
    return {rows: Array.prototype.slice.call(body.rows), row: row, column: cell.cellIndex};
  }

  function focusIn(rows, rowIndex, column, step) {
    for (var i = rowIndex + step; i >= 0 && i < rows.length; i += step) {
      var target = controls(rows[i])[column];
      if (target) { target.focus(); if (target.select) target.select(); return true; }
    }
    return false;
  }

  function focusAlong(row, column, step) {
    var list = controls(row);
    for (var i = column + step; i >= 0 && i < list.length; i += step) {
      if (list[i]) { list[i].focus(); if (list[i].select) list[i].select(); return true; }
    }
    return false;
  }

  function atEdge(control, step) {
    if (control.tagName !== "INPUT" || control.type !== "text") return true;
    var start = control.selectionStart, end = control.selectionEnd;
    if (start === null) return true;
    if (start === 0 && end === control.value.length) return true; // all selected
    return step < 0 ? start === 0 && end === 0 : start === control.value.length;
  }

  function onKeyDown(event) {
    var control = event.target;
    if (!control.closest("[data-grid] tbody")) return;
    if (control.tagName === "SELECT" && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      return; // a select's own keys choose its value
    }
    var where = position(control);
    var rowIndex = where.rows.indexOf(where.row);
    if (event.key === "ArrowDown" || (event.key === "Enter" && !event.shiftKey)) {
      if (control.tagName === "TEXTAREA" && event.key === "Enter") return;
      event.preventDefault();
      focusIn(where.rows, rowIndex, where.column, 1);
    } else if (event.key === "ArrowUp" || (event.key === "Enter" && event.shiftKey)) {
      event.preventDefault();
      focusIn(where.rows, rowIndex, where.column, -1);
    } else if ((event.key === "ArrowRight" || event.key === "ArrowLeft") && !event.altKey) {
      var step = event.key === "ArrowRight" ? 1 : -1;
      if (atEdge(control, step) && focusAlong(where.row, where.column, step)) {
        event.preventDefault();
      }
    }
  }

  function announce(form, text) {
    var region = form.querySelector("[data-grid-announce]");
    if (region) { region.textContent = ""; region.textContent = text; }
  }

  function onPaste(event) {
    var input = event.target;
    if (!input.classList || !input.classList.contains("amount")) return;
    var text = (event.clipboardData || window.clipboardData).getData("text/plain");
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ""))) return; // one value: an ordinary paste
    event.preventDefault();
    var lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
    var where = position(input);
    var start = where.rows.indexOf(where.row);
    var filled = 0, skipped = 0, bad = 0;
    lines.forEach(function (line, i) {
      var row = where.rows[start + i];
      var values = line.split("\t");
      if (!row) { skipped += values.length; return; }
      values.forEach(function (value, j) {
        var cell = row.cells[where.column + j];
        var target = cell && cell.querySelector("input.amount");
        if (!target) { if (value.trim() !== "") skipped += 1; return; }
        target.value = value.trim();
        tidy(target);
        if (target.getAttribute("aria-invalid") === "true") bad += 1;
        filled += 1;
      });
    });
    var form = input.form;
    form.dataset.dirty = "1";
    form.dispatchEvent(new CustomEvent("grid:pasted", {bubbles: true}));
    var message = form.dataset.pastedText.replace("%(filled)s", filled);
    if (skipped) message += " " + form.dataset.skippedText.replace("%(skipped)s", skipped);
    if (bad) message += " " + form.dataset.badText.replace("%(bad)s", bad);
    announce(form, message);
  }

  function addRow(button) {
    var form = button.form;
    var template = document.getElementById(button.dataset.template);
    var counter = form.querySelector("input[name=rows]");
    var index = parseInt(counter.value, 10);
    var html = template.innerHTML.replace(/__index__/g, String(index))
      .replace(/__number__/g, String(index + 1));
    var body = form.querySelector("[data-grid] tbody");
    body.insertAdjacentHTML("beforeend", html);
    counter.value = String(index + 1);
    var first = body.rows[body.rows.length - 1].querySelector("select, input");
    if (first) first.focus();
  }

  function setUp(form) {
    form.addEventListener("keydown", onKeyDown);
    form.addEventListener("paste", onPaste);
    form.addEventListener("input", function (event) {
      form.dataset.dirty = "1";
      if (event.target.classList.contains("amount")) markCell(event.target);
    });
    form.addEventListener("focusout", function (event) {
      if (event.target.classList && event.target.classList.contains("amount")) tidy(event.target);
    });
    form.addEventListener("click", function (event) {
      var button = event.target.closest("[data-add-row]");
      if (button) { event.preventDefault(); addRow(button); }
    });
    form.addEventListener("submit", function () {
      delete form.dataset.dirty; // first: nothing below may leave a false "leave site?" prompt
      form.querySelectorAll("input.amount").forEach(tidy);
    });
    // As in a spreadsheet, entering a filled cell selects it: typing replaces the amount.
    form.addEventListener("focusin", function (event) {
      if (event.target.classList && event.target.classList.contains("amount")) {
        event.target.select();
      }
    });
    form.addEventListener("mouseup", function (event) {
      var input = event.target;
      if (input.classList && input.classList.contains("amount") && input.dataset.selected !== "1") {
        event.preventDefault(); // the click that focused the cell keeps it selected
        input.dataset.selected = "1";
      }
    });
    form.addEventListener("focusout", function (event) {
      if (event.target.dataset) delete event.target.dataset.selected;
    });
    window.addEventListener("beforeunload", function (event) {
      if (form.dataset.dirty) { event.preventDefault(); event.returnValue = ""; }
    });
  }

  document.querySelectorAll("[data-grid-form]").forEach(setUp);
})();
