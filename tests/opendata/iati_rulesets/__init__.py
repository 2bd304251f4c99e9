"""IATI's rulesets and their reference implementation, vendored (README.md beside this file)."""
