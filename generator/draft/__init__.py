"""`briefing draft`: from a new article to a draft summary that is right about the mechanical parts.

Pure rules, no model of language: quotes and their spans, speakers by the patterns of news writing,
actors the registry knows (and new ones proposed), dates resolved against the publication date,
and sentences about sanctions and denials proposed for review. The analyst keeps the judgment.
"""

from .analysis import ActorEntry, Analysis, Candidate, DraftQuote, Event, analyse
from .files import DraftError, Written, draft
from .yaml_out import proposals_name, proposals_yaml, scalar, to_yaml

__all__ = ["ActorEntry", "Analysis", "Candidate", "DraftError", "DraftQuote", "Event", "Written",
           "analyse", "draft", "proposals_name", "proposals_yaml", "scalar", "to_yaml"]
