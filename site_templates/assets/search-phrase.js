// The theme's search worker, with one change to what a query means: words typed together are
// looked for together. Material's own worker (its address comes after "?worker=") reads a query of
// several words as any of them, so a page that holds the phrase "orderly market conditions" came
// out among pages holding one of the words, each marked "Missing: …" for the others, even where
// the page held them too. Here a query of several words asks for every word in the same part of
// a page, as the theme's own "quoted" query does; only if no part holds them all are the parts
// with some of them shown, as before. Lunr.js, the theme's index, has no
// positions to match a phrase word for word, so "all words in one part" is as near as it gets.
(function () {
  "use strict";
  var QUERY = 2, RESULT = 3; // Material's message types (SearchMessageType)
  var worker = new URL(self.location.href).searchParams.get("worker");
  var post = self.postMessage.bind(self);
  var fallback = null; // the query as typed, to ask again if its words together find nothing
  var asking = false;

  function together(query) {
    var trimmed = query.trim();
    // quotation marks, or an operator of the theme's syntax: the reader's own query
    if (/["+\-~^:*]/.test(trimmed) || !/\s/.test(trimmed)) return null;
    // every word required, each as the start of a word as the theme asks it ("Pesk" finds Peskov)
    return trimmed.split(/\s+/).map(function (word) { return "+" + word + "*"; }).join(" ");
  }

  self.postMessage = function (message) {
    if (message && message.type === RESULT && fallback !== null && message.data &&
        !(message.data.items || []).length) {
      var query = fallback;
      fallback = null;
      asking = true;
      self.dispatchEvent(new MessageEvent("message", { data: { type: QUERY, data: query } }));
      asking = false;
      return;
    }
    fallback = null;
    post(message);
  };

  // registered before the theme's worker is loaded, so it sees every message first
  self.addEventListener("message", function (event) {
    var message = event.data;
    if (asking || !message || message.type !== QUERY || typeof message.data !== "string") return;
    var phrase = together(message.data);
    if (phrase !== null) {
      fallback = message.data;
      message.data = phrase;
    }
  });

  if (worker) importScripts(worker);
})();
