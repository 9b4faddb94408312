"""The spaCy pipeline: gazetteer entities, quantities, relations, facts on Doc extensions."""
