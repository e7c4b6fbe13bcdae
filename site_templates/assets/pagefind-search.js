// Search with Pagefind, for sites built with `briefing build --search pagefind`: its index comes
// in small chunks that a reader fetches as they type, not as one file before the first result.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) {
    return;
  }
  var bundle = new URL("../pagefind/", script.src);

  function start() {
    var box = document.createElement("div");
    box.id = "pagefind-search";
    box.className = "pagefind-search";
    var header = document.querySelector(".md-header__inner");
    if (header) {
      header.appendChild(box);
    } else {
      document.body.insertBefore(box, document.body.firstChild);
    }
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = new URL("pagefind-ui.css", bundle).href;
    document.head.appendChild(css);
    var ui = document.createElement("script");
    ui.src = new URL("pagefind-ui.js", bundle).href;
    ui.onload = function () {
      // global PagefindUI comes from pagefind-ui.js
      new PagefindUI({ element: "#pagefind-search", bundlePath: bundle.pathname,
                       showSubResults: true, resetStyles: false });
    };
    document.head.appendChild(ui);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
