// Search with Pagefind, for sites built with a chunked index (`briefing build --search pagefind`,
// or a large archive): its index comes in small pieces fetched as the reader types, not as one
// file before the first result. It looks and behaves like the theme's own search: the same box in
// the header, opened by the same toggle, results in the theme's markup and styles. Only Pagefind's
// JavaScript API is used; the words of results are set as text, with Pagefind's highlights
// rebuilt as <mark> elements, so nothing in an indexed page can become markup here.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) {
    return;
  }
  var root = new URL("../", script.src); // the site's root: this file is in assets/
  var bundle = new URL("pagefind/", root);
  var ICONS = {
    magnify: "M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.52 6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5",
    back: "M20 11v2H8l5.5 5.5-1.42 1.42L4.16 12l7.92-7.92L13.5 5.5 8 11z",
    close: "M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"
  };
  var RESULTS = 10;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function icon(name) {
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    var path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", ICONS[name]);
    svg.appendChild(path);
    return svg;
  }

  function words(html) {
    // an excerpt's text: Pagefind writes it as HTML with <mark> around the matched words
    var out = document.createDocumentFragment();
    html.split(/(<mark>|<\/mark>)/).reduce(function (marked, part) {
      if (part === "<mark>") return true;
      if (part === "</mark>") return false;
      // a detached <textarea> decodes character references and parses no elements at all
      var decoder = document.createElement("textarea");
      decoder.innerHTML = part;
      var text = decoder.value;
      out.appendChild(marked ? el("mark", {}, [text]) : document.createTextNode(text));
      return marked;
    }, false);
    return out;
  }

  function article(level, title, excerpt, first) {
    var body = [el(level, {}, [title])];
    if (excerpt) body.push(el("p", { "class": "md-search-result__teaser" }, [words(excerpt)]));
    if (first) body.unshift(el("div", { "class": "md-search-result__icon md-icon" }));
    return el("article", { "class": "md-search-result__article md-typeset" }, body);
  }

  function build(header) {
    var toggle = document.getElementById("__search");
    var input = el("input", {
      type: "text", "class": "md-search__input", name: "query", "aria-label": "Search",
      placeholder: "Search", autocapitalize: "off", autocorrect: "off", autocomplete: "off",
      spellcheck: "false", required: ""
    });
    var meta = el("div", { "class": "md-search-result__meta" }, ["Type to start searching"]);
    var list = el("ol", { "class": "md-search-result__list", role: "presentation" });
    var reset = el("button", { type: "reset", "class": "md-search__icon md-icon", title: "Clear",
                               "aria-label": "Clear", tabindex: "-1" }, [icon("close")]);
    var form = el("form", { "class": "md-search__form", name: "search" }, [
      input,
      el("label", { "class": "md-search__icon md-icon", "for": "__search" },
         [icon("magnify"), icon("back")]),
      el("nav", { "class": "md-search__options", "aria-label": "Search" }, [reset])
    ]);
    var dialog = el("div", { "class": "md-search", role: "dialog", "aria-label": "Search",
                             "data-pagefind-search": "" }, [
      el("label", { "class": "md-search__overlay", "for": "__search" }),
      el("div", { "class": "md-search__inner", role: "search" }, [
        form,
        el("div", { "class": "md-search__output" }, [
          el("div", { "class": "md-search__scrollwrap", tabindex: "0" }, [
            el("div", { "class": "md-search-result" }, [meta, list])
          ])
        ])
      ])
    ]);
    var button = el("label", { "class": "md-header__button md-icon", "for": "__search" },
                    [icon("magnify")]);
    var source = header.querySelector(".md-header__source");
    header.insertBefore(button, source);
    header.insertBefore(dialog, source);

    // excerpts of 40 words: a quote and its speaker usually fit in one
    var OPTIONS = { baseUrl: root.pathname, excerptLength: 40 };
    var pagefind = null;
    function engine() {
      if (!pagefind) {
        // the index comes in parts (pagefind/parts.json lists them), so that a rebuild indexes
        // again only the parts of the pages it changed: the first part's bundle holds Pagefind's
        // script, and the others are merged into it, searched as one index
        pagefind = fetch(new URL("parts.json", bundle).href).then(function (response) {
          if (!response.ok) throw new Error("no list of the index's parts");
          return response.json();
        }).then(function (manifest) {
          var parts = manifest.parts;
          if (!parts.length) return null;
          return import(new URL(parts[0] + "/pagefind.js", bundle).href).then(function (module) {
            return module.options(OPTIONS).then(function () {
              // each merged in the list's order, which orders results of equal score
              return Promise.all(parts.slice(1).map(function (part) {
                return module.mergeIndex(new URL(part + "/", bundle).href, OPTIONS);
              }));
            }).then(function () { return module; });
          });
        });
      }
      return pagefind;
    }

    function show(results) {
      list.textContent = "";
      meta.textContent = results.total === 0 ? "No matching documents"
        : results.total === 1 ? "1 matching document" : results.total + " matching documents";
      results.pages.forEach(function (data) {
        var item = el("li", { "class": "md-search-result__item" });
        item.appendChild(el("a", { href: data.url, "class": "md-search-result__link",
                                   tabindex: "-1" },
                            [article("h1", data.meta.title || data.url, data.excerpt, true)]));
        (data.sub_results || []).filter(function (sub) {
          return sub.url !== data.url && sub.title !== data.meta.title;
        })
          .slice(0, 3).forEach(function (sub) {
            item.appendChild(el("a", { href: sub.url, "class": "md-search-result__link",
                                       tabindex: "-1" },
                                [article("h2", sub.title, sub.excerpt, false)]));
          });
        list.appendChild(item);
      });
    }

    // words typed together are a phrase, which Pagefind matches word for word in quotation
    // marks; a query the reader quoted, or of one word, is asked as it is
    function together(query) {
      return /\s/.test(query) && query.indexOf('"') === -1 ? '"' + query + '"' : null;
    }

    var asked = 0;
    function ask() {
      var query = input.value.trim();
      var mine = ++asked;
      if (!query) {
        list.textContent = "";
        meta.textContent = "Type to start searching";
        return;
      }
      var phrase = together(query);
      engine().then(function (module) {
        if (module === null) return { results: [] }; // a site with no page to index
        return module.debouncedSearch(phrase || query, {}, 250).then(function (search) {
          if (search === null || phrase === null || mine !== asked) return search;
          // the pages that hold the words as a phrase first, then those that hold some of them
          return module.search(query).then(function (loose) {
            // each page shown with the words around its best match, as without the phrase
            var found = {};
            loose.results.forEach(function (r) { found[r.id] = r; });
            var first = search.results.map(function (r) { return found[r.id] || r; });
            var seen = {};
            first.forEach(function (r) { seen[r.id] = true; });
            return { results: first.concat(
              loose.results.filter(function (r) { return !seen[r.id]; })) };
          });
        });
      }).then(function (search) {
        if (search === null || mine !== asked) return null; // a newer query took over
        return Promise.all(search.results.slice(0, RESULTS).map(function (r) { return r.data(); }))
          .then(function (pages) {
            if (mine === asked) show({ total: search.results.length, pages: pages });
          });
      }).catch(function () {
        meta.textContent = "Search is not available";
      });
    }

    function open(state) {
      if (toggle && toggle.checked !== state) {
        toggle.checked = state;
        toggle.dispatchEvent(new Event("change"));
      }
    }

    input.addEventListener("focus", function () { open(true); engine(); });
    input.addEventListener("input", ask);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = list.querySelector("a");
      if (first) window.location.href = first.href;
    });
    form.addEventListener("reset", function () {
      window.setTimeout(function () { ask(); input.focus(); }, 0);
    });
    if (toggle) {
      toggle.addEventListener("change", function () {
        if (toggle.checked && document.activeElement !== input) input.focus();
      });
    }
    document.addEventListener("keydown", function (event) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
      if (event.key === "Escape" && toggle && toggle.checked) {
        open(false);
        input.blur();
      } else if (!typing && (event.key === "/" || event.key === "s" || event.key === "f")) {
        event.preventDefault();
        open(true);
      }
    });
  }

  function start() {
    var header = document.querySelector(".md-header__inner");
    if (header && !header.querySelector("[data-pagefind-search]")) build(header);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
