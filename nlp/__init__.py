"""Text in, extraction out: the referral extractor. Depends on nothing else of this project."""

from nlp.extract import extract
from nlp.prepare import prepare_text
from nlp.types import CORE_FIELDS, ChildFound, Extraction, Found, Report

__all__ = ["CORE_FIELDS", "ChildFound", "Extraction", "Found", "Report", "extract", "prepare_text"]
