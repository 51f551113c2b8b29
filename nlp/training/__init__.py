"""Synthetic referrals with gold annotations, and the training of the project's own NER model."""
