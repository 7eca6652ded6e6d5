"""A CRF name tagger (PER, ORG, LOC) for German and Arabic news: README.md."""
