"""Extraction steps: each takes a draft and returns it, in the order of `pipeline.STEPS`."""
