"""Benchmarks of the site, run by make targets (``make bench-search``); not an installed app."""
