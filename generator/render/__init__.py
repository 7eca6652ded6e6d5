"""Rendering: graph -> Markdown pages per language."""
