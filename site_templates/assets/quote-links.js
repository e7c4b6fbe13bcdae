// Citable quotes: a "Copy link" button beside each quote's permalink, and, for print, the full
// address of every link that leaves the page for the source or another site. Without this script
// the "Permalink" link still works; the button only adds a quicker way to take the address.
(function () {
  "use strict";

  function permalink(link) {
    // the quote's own address: on its briefing page or, from an actor's page, on the briefing's
    var url = new URL(link.getAttribute("href"), window.location.href);
    url.search = "";
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
    var links = root.querySelectorAll("figure.quote a.quote-permalink");
    Array.prototype.forEach.call(links, function (link) {
      if (link.parentNode.querySelector(".quote-copy")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "quote-copy";
      button.textContent = "Copy link";
      button.setAttribute("aria-label", "Copy link to this quote");
      var status = document.createElement("span");
      status.className = "quote-copy__status";
      status.setAttribute("role", "status");
      button.addEventListener("click", function () {
        var url = permalink(link);
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
      wrap.appendChild(document.createTextNode(" "));
      wrap.appendChild(button);
      wrap.appendChild(status);
      link.parentNode.insertBefore(wrap, link.nextSibling);
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
