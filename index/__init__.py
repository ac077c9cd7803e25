"""fundqa ingest side: filings in, a searchable index of cited passages, entities and facts out."""
