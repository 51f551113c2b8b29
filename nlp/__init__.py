"""Text in, extraction out: the referral extractor. Depends on nothing else of this project."""

from nlp.answers import AnswerExtraction, extract_answer
from nlp.extract import extract, extract_many
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
    "extract_many",
    "extract_answer",
    "prepare_text",
]
