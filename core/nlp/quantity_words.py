"""Word lists that more than one of the quantity modules read (quantities.py, quantity_counts.py, quantity_cues.py).
"""
from __future__ import annotations

from core.nlp import lexicon as lx
from core.nlp.normalise import SCALE_WORDS

SCALE_TOKENS = [w for w in SCALE_WORDS if w not in ("a",)]
MAX_SHIFTS = 5  # a plant runs one to four shifts (five in some rota systems); a larger number counts something else
WHEELER_NOUNS = frozenset(["wheelers", "wheeler"])
# "640,000 engines", "0.9 million gearboxes": parts a plant makes, whose yearly count is no vehicle capacity
PART_PRODUCTS = frozenset(["engines", "engine", "transmissions", "gearboxes", "axles", "batteries", "cells", "motors",
                           "components", "parts", "seats", "tyres", "tires", "chips"])
MAKING_VERBS = frozenset("build builds make makes produce produces assemble assembles manufacture manufactures".split())
# "capable of producing about 500,000 units of eight models annually": the verb of making as a gerund
MAKING_GERUNDS = frozenset("building making producing assembling manufacturing".split())
# a yearly figure sold, shipped or paid is no capacity, even after a verb of making
NOT_MADE_WORDS = lx.EXPORT_CUES | frozenset(["sold", "sell", "sells", "sales", "price", "priced", "costs", "cost", "paid", "pays"])
DISPLACEMENT_UNITS = frozenset(["cc", "cm3"])  # after a four-digit figure shaped like a year: an engine's size ("1998cc")
