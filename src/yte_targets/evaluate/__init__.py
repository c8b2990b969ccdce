"""Evaluation: the rules (one copy, :mod:`~yte_targets.evaluate.rules`), results of one
target and of a series, a plan's report, and the ambition check."""
