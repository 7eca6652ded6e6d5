"""The digest generator: content/ entries -> bilingual mkdocs pages."""
