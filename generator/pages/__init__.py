"""The site's pages: the corpus indexed once, then every page rendered from templates and
written only where its bytes changed, with feeds, exports, metadata and diagrams."""
