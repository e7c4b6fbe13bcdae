/* Sortable, filterable register tables (the sanctions register).
 *
 * Progressive: the page holds the complete table; this script only adds a filter field and turns
 * each column header into a sort button. Dates sort by the table's own order (newest first as
 * generated), so no date parsing happens here. No dependencies. Runs on every page Material's
 * instant navigation swaps in (document$) and otherwise once, on DOMContentLoaded.
 */
(function () {
  "use strict";

  var seq = 0;

  function text(cell) {
    return (cell ? cell.textContent : "").replace(/\s+/g, " ").trim();
  }

  function enhance(container) {
    var table = container.querySelector("table");
    if (!table || !table.tBodies.length || container.hasAttribute("data-enhanced")) return;
    container.setAttribute("data-enhanced", "");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (row, i) { row.setAttribute("data-order", String(i)); });
    var noun = container.getAttribute("data-noun") || "rows";
    var n = ++seq;

    // The filter: a labelled search field and a polite live region with the count.
    var form = document.createElement("div");
    form.className = "register-filter";
    var fieldLabel = document.createElement("label");
    fieldLabel.setAttribute("for", "register-filter-" + n);
    fieldLabel.textContent = "Filter " + noun;
    var input = document.createElement("input");
    input.type = "search";
    input.id = "register-filter-" + n;
    input.setAttribute("autocomplete", "off");
    input.setAttribute("aria-describedby", "register-count-" + n);
    var status = document.createElement("p");
    status.id = "register-count-" + n;
    status.className = "register-count";
    status.setAttribute("role", "status");
    form.appendChild(fieldLabel);
    form.appendChild(input);
    form.appendChild(status);
    container.insertBefore(form, container.firstChild);

    function count(shown) {
      status.textContent = shown === rows.length
        ? rows.length + " " + noun
        : shown + " of " + rows.length + " " + noun + " shown";
    }

    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var hay = text(row).toLowerCase();
        var match = words.every(function (w) { return hay.indexOf(w) !== -1; });
        row.hidden = !match;
        if (match) shown++;
      });
      count(shown);
    });
    count(rows.length);

    // Sorting: each header becomes a button; aria-sort marks the sorted column only.
    var headers = Array.prototype.slice.call(table.tHead ? table.tHead.rows[0].cells : []);
    var dateColumn = Number(container.getAttribute("data-date-column") || "-1");
    headers.forEach(function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "register-sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var key = column === dateColumn
          ? function (row) { return -Number(row.getAttribute("data-order")); }
          : function (row) { return text(row.cells[column]); };
        var sorted = rows.slice().sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = typeof x === "number" ? x - y
            : x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" });
          if (c === 0) c = Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
          return ascending ? c : -c;
        });
        sorted.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function init() {
    var containers = document.querySelectorAll(".register[data-sortable]");
    Array.prototype.forEach.call(containers, enhance);
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
