"""The content model and reading it: YAML with every value's line and column, the pydantic model
that is the one source of truth for validation, the JSON Schema and the templates, dates, and
the rules that make text safe for pages."""
