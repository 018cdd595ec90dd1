// What every page shares: irreversible steps ask first, and typed text is not lost by
// following a link. The budget grids have their own warning (static/finance/grid.js).
(function () {
  "use strict";

  // <form data-confirm="…"> or <button data-confirm="…">: asked before the form is sent.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var button = event.submitter;
    var question = (button && button.dataset.confirm) || form.dataset.confirm;
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    delete form.dataset.dirty;
  }, true);

  // <form data-unsaved>: once something is typed, leaving the page asks first.
  document.querySelectorAll("form[data-unsaved]").forEach(function (form) {
    form.addEventListener("input", function () { form.dataset.dirty = "1"; });
    form.addEventListener("change", function () { form.dataset.dirty = "1"; });
  });
  window.addEventListener("beforeunload", function (event) {
    if (document.querySelector("form[data-unsaved][data-dirty]")) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
