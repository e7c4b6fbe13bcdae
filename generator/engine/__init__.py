"""The site engine: MkDocs (or Zensical) run on the generated pages, the check of the built site
for third-party resources, and the live preview."""
