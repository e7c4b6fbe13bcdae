// Citable quotes: a "Copy link" button on every quote, and, for print, the full address of every
// link that leaves the page for the source or another site. Without this script the quote's
// "link" permalink still works; the button only adds a quicker way to take the address.
(function () {
  "use strict";

  function permalink(id) {
    var url = new URL(window.location.href);
    url.search = "";
    url.hash = id;
    return url.href;
  }

  function legacyCopy(text) {
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.appendChild(field);
    field.select();
    var done = false;
    try {
      done = document.execCommand("copy");
    } catch (err) {
      done = false;
    }
    document.body.removeChild(field);
    return done;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return legacyCopy(text); });
    }
    return Promise.resolve(legacyCopy(text));
  }

  function showAddress(status, url) {
    // Copying was refused: show the address, selected, for the reader to copy by hand.
    status.textContent = "Copy this link: ";
    var field = document.createElement("input");
    field.type = "text";
    field.readOnly = true;
    field.value = url;
    field.className = "quote-copy__address";
    field.setAttribute("aria-label", "Link to this quote");
    status.appendChild(field);
    field.focus();
    field.select();
  }

  function addButtons(root) {
    var figures = root.querySelectorAll("figure.quote[id^='q-']");
    Array.prototype.forEach.call(figures, function (figure) {
      var caption = figure.querySelector("figcaption");
      if (!caption || figure.querySelector(".quote-copy")) return;
      var holder = caption.querySelector("p") || caption;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "quote-copy";
      button.textContent = "Copy link";
      button.setAttribute("aria-label", "Copy link to this quote");
      var status = document.createElement("span");
      status.className = "quote-copy__status";
      status.setAttribute("role", "status");
      button.addEventListener("click", function () {
        var url = permalink(figure.id);
        copy(url).then(function (done) {
          if (done) {
            status.textContent = "Link copied";
          } else {
            showAddress(status, url);
          }
        }, function () { showAddress(status, url); });
      });
      var wrap = document.createElement("span");
      wrap.className = "quote-copy__wrap";
      wrap.appendChild(document.createTextNode(" · "));
      wrap.appendChild(button);
      wrap.appendChild(status);
      holder.appendChild(wrap);
    });
  }

  function markPrintAddresses(root) {
    var links = root.querySelectorAll(".md-content a[href]");
    Array.prototype.forEach.call(links, function (link) {
      var url;
      try {
        url = new URL(link.getAttribute("href"), window.location.href);
      } catch (err) {
        return;
      }
      var external = url.origin !== window.location.origin;
      var source = url.pathname.indexOf("/sources/") !== -1;
      if ((external || source) && /^https?:$/.test(url.protocol)) {
        link.setAttribute("data-print-url", url.href);
      }
    });
  }

  function setup() {
    addButtons(document);
    markPrintAddresses(document);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
