"""The domain: units, numbers, labels, indicators, targets, plans. Frozen, validated types
that import nothing above this package (see ``docs/architecture.md``)."""
