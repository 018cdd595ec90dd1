// "Add rows" in a section's row list: new empty rows from the list's <template>, in place,
// so several rows are saved together. Without this script each save brings one empty row.
(function () {
  "use strict";
  function reveal() {
    document.querySelectorAll("[data-needs-script]").forEach(function (e) { e.hidden = false; });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", reveal); } else { reveal(); }
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-add-rows]");
    if (!button) { return; }
    event.preventDefault();
    var prefix = button.getAttribute("data-add-rows");
    var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    var max = parseInt(document.getElementById("id_" + prefix + "-MAX_NUM_FORMS").value, 10);
    var template = document.getElementById(prefix + "-empty-row");
    var body = document.getElementById(prefix + "-rows");
    var count = parseInt(button.getAttribute("data-count") || "1", 10);
    var first = null;
    for (var i = 0; i < count; i++) {
      var index = parseInt(total.value, 10);
      if (index >= max) { break; }
      var holder = document.createElement("tbody");
      holder.innerHTML = template.innerHTML.replace(/__prefix__/g, String(index))
        .replace(/__number__/g, String(index + 1));
      var row = holder.firstElementChild;
      body.appendChild(row);
      if (window.htmx) { window.htmx.process(row); }
      total.value = String(index + 1);
      first = first || row;
    }
    var status = document.getElementById(prefix + "-status");
    if (first) {
      var field = first.querySelector("input:not([type=hidden]), select, textarea");
      if (field) { field.focus(); }
      if (status) { status.textContent = button.getAttribute("data-added"); }
    } else if (status) {
      status.textContent = button.getAttribute("data-full");
    }
  });
})();
