"""Grader: offline scoring of students' short written answers with small distilled models."""

__version__ = "0.1.0"
