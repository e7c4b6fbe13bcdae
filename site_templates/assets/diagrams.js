/* Mermaid for the pages that draw a diagram, fetched only when a diagram comes near the screen.
 *
 * Material draws every `pre.mermaid` through the global `mermaid` and, when there is none, fetches
 * it from a CDN. This small script stands in for that global: it keeps Material's settings, waits
 * until the diagram to draw is within a screen of view, then loads the vendored Mermaid (3.5 MB)
 * from this site and hands the drawing on to it. A reader who never scrolls to a diagram never
 * downloads it, and the page is ready long before. The template adds this script, with the address
 * of the vendored file in data-mermaid, only to pages that hold a diagram; it must come before
 * DOMContentLoaded, when Material mounts its diagrams.
 */
(function () {
  "use strict";

  var source = document.currentScript.getAttribute("data-mermaid");
  var settings = {};
  var loaded = null;

  function load() {
    if (!loaded) {
      loaded = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = source;
        tag.onload = function () {
          // the vendored script has replaced this stand-in with the real global
          window.mermaid.initialize(settings);
          resolve(window.mermaid);
        };
        tag.onerror = function () { reject(new Error("cannot load " + source)); };
        document.head.appendChild(tag);
      });
    }
    return loaded;
  }

  // Resolves once the diagram drawn from `text` is within one screen height of the viewport.
  function near(text) {
    var diagram = Array.prototype.find.call(document.querySelectorAll("pre.mermaid"),
      function (pre) { return pre.textContent === text; });
    if (!diagram || !("IntersectionObserver" in window)) return Promise.resolve();
    return new Promise(function (resolve) {
      var watch = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) {
          watch.disconnect();
          resolve();
        }
      }, { rootMargin: "100% 0px" });
      watch.observe(diagram);
    });
  }

  window.mermaid = {
    initialize: function (options) { settings = options; },
    render: function (id, text) {
      return near(text).then(load).then(function (mermaid) { return mermaid.render(id, text); });
    }
  };
})();
