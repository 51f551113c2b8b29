"""Text in, extraction out: the referral extractor. Depends on nothing else of this project."""

from nlp.answers import AnswerExtraction, extract_answer
from nlp.extract import extract
from nlp.prepare import prepare_text
from nlp.types import CORE_FIELDS, ChildFound, Extraction, Found, Report

__all__ = [
    "AnswerExtraction",
    "CORE_FIELDS",
    "ChildFound",
    "Extraction",
    "Found",
    "Report",
    "extract",
    "extract_answer",
    "prepare_text",
]
