/* Sortable, filterable register tables (the sanctions and relationships registers).
 *
 * Progressive: the page holds the complete table; this script only adds a filter field, a menu
 * for each facet the container names (data-facets="actor:Actor:0,2;kind:Relationship:1": the
 * address parameter, the label, the columns it reads), and turns each column header into a sort
 * button. A facet's menu starts at the value the address gives (?kind=sanctions), and choosing
 * one writes it back, so a narrowed table can be linked to. Dates sort by the table's own order (newest first as
 * generated), so no date parsing happens here. No dependencies. Runs on every page Material's
 * instant navigation swaps in (document$) and otherwise once, on DOMContentLoaded.
 *
 * On every page it also names each cell of a table of three columns or more after its column
 * (data-label), so that on a phone registers.css can stack the rows, each cell under its
 * column's name, instead of columns a word wide that scroll sideways. The table keeps its roles
 * (role="table" and the rest), which a table shown as blocks would otherwise lose.
 */
(function () {
  "use strict";

  var seq = 0;

  function text(cell) {
    return (cell ? cell.textContent : "").replace(/\s+/g, " ").trim();
  }

  // A label and its control in one box, so that a narrow screen wraps between pairs, never
  // leaving a label at the end of one line and its control at the start of the next.
  function field(label, control) {
    var box = document.createElement("span");
    box.className = "register-field";
    box.appendChild(label);
    box.appendChild(control);
    return box;
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
    form.appendChild(field(fieldLabel, input));
    form.appendChild(status);
    container.insertBefore(form, container.firstChild);

    var params = new URLSearchParams(window.location.search);
    var unknown = []; // values the address gives that no row of this page holds
    var facets = (container.getAttribute("data-facets") || "").split(";").filter(Boolean)
      .map(function (spec) {
        var bits = spec.split(":");
        var columns = bits[2].split(",").map(Number);
        var values = {};
        // what the address may give for a value: the name as shown, in any case, or the id of
        // the page it links to (?actor=iran as well as ?actor=Iran)
        var aliases = {};
        rows.forEach(function (row) {
          columns.forEach(function (c) {
            var cell = row.cells[c];
            var name = text(cell);
            values[name] = true;
            aliases[name.toLowerCase()] = name;
            var link = cell && cell.querySelector("a[href]");
            if (link) {
              var id = new URL(link.href, window.location.href).pathname
                .replace(/\/(index\.html)?$/, "").split("/").pop();
              if (id && !aliases[id.toLowerCase()]) aliases[id.toLowerCase()] = name;
            }
          });
        });
        var select = document.createElement("select");
        select.id = "register-" + bits[0] + "-" + n;
        var all = document.createElement("option");
        all.value = "";
        all.textContent = "All";
        select.appendChild(all);
        Object.keys(values).sort(function (a, b) {
          return a.localeCompare(b, undefined, { sensitivity: "base" });
        }).forEach(function (value) {
          var option = document.createElement("option");
          option.value = value;
          option.textContent = value;
          select.appendChild(option);
        });
        var wanted = params.get(bits[0]);
        var found = wanted && (values[wanted] ? wanted : aliases[wanted.toLowerCase()]);
        if (found) {
          select.value = found;
        } else if (wanted) {
          unknown.push(bits[1].toLowerCase() + " “" + wanted + "”");
        }
        var label = document.createElement("label");
        label.setAttribute("for", select.id);
        label.textContent = bits[1];
        form.insertBefore(field(label, select), status);
        return { param: bits[0], columns: columns, select: select };
      });

    if (unknown.length) {
      var note = document.createElement("p");
      note.className = "register-unknown";
      note.textContent = "No " + unknown.join(" and no ") + " on this page: every " +
        "one of its " + noun + " is shown.";
      form.insertBefore(note, status);
    }

    function count(shown) {
      status.textContent = shown === rows.length
        ? rows.length + " " + noun
        : shown + " of " + rows.length + " " + noun + " shown";
    }

    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var hay = text(row).toLowerCase();
        var match = words.every(function (w) { return hay.indexOf(w) !== -1; }) &&
          facets.every(function (f) {
            return !f.select.value || f.columns.some(function (c) {
              return text(row.cells[c]) === f.select.value;
            });
          });
        row.hidden = !match;
        if (match) shown++;
      });
      count(shown);
    }

    // the other pages of a busy year (relations/2024-2/ beside relations/2024/) open narrowed
    // as this one is: a kind's rows may run on from one page to the next
    var folder = window.location.pathname.replace(/[^/]+\/?$/, "");
    var siblings = Array.prototype.filter.call(
      document.querySelectorAll(".md-content a[href]"), function (a) {
        var url = new URL(a.href, window.location.href);
        return url.origin === window.location.origin &&
          url.pathname.replace(/[^/]+\/?$/, "") === folder && url.pathname !== folder;
      });

    function narrowLinks() {
      siblings.forEach(function (a) {
        var url = new URL(a.href, window.location.href);
        facets.forEach(function (f) {
          if (f.select.value) {
            url.searchParams.set(f.param, f.select.value);
          } else {
            url.searchParams.delete(f.param);
          }
        });
        a.href = url.href;
      });
    }

    input.addEventListener("input", apply);
    facets.forEach(function (f) {
      f.select.addEventListener("change", function () {
        var url = new URL(window.location.href);
        if (f.select.value) {
          url.searchParams.set(f.param, f.select.value);
        } else {
          url.searchParams.delete(f.param);
        }
        window.history.replaceState(window.history.state, "", url.href);
        apply();
        narrowLinks();
      });
    });
    apply();
    if (facets.length) narrowLinks();

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

  var ROLES = { TABLE: "table", THEAD: "rowgroup", TBODY: "rowgroup", TR: "row",
                TH: "columnheader", TD: "cell" };

  function stack(table) {
    var head = table.tHead && table.tHead.rows[0];
    if (!head || head.cells.length < 3 || table.hasAttribute("data-stacked")) return;
    var names = Array.prototype.map.call(head.cells, text);
    Array.prototype.forEach.call(table.querySelectorAll("thead, tbody, tr, th, td"),
      function (el) { el.setAttribute("role", ROLES[el.tagName]); });
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        Array.prototype.forEach.call(row.cells, function (cell, i) {
          if (names[i]) cell.setAttribute("data-label", names[i]);
        });
      });
    });
    table.setAttribute("role", ROLES.TABLE);
    table.setAttribute("data-stacked", "");
  }

  function init() {
    var containers = document.querySelectorAll(".register[data-sortable]");
    Array.prototype.forEach.call(containers, enhance);
    Array.prototype.forEach.call(document.querySelectorAll(".md-content table"), stack);
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
