"""Reading news writing: paragraphs, quotations, names, who said what, and dates. Drafting
uses it to propose a summary; verification uses it to check a summary's speakers."""
