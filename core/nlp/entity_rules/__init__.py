"""The rules of the entity resolver (core.nlp.entities), one mixin module per kind of entity."""
