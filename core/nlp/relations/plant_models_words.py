"""Word lists that several of the plant-model rules share (plant_models_described, plant_models_cues,
plant_models_filters, plant_models_named, plant_models_settled) and that ArticleReader.read() reads.
"""
from __future__ import annotations

ENTRY_VERBS = frozenset(["enter", "enters", "entered", "entering", "go", "goes", "went", "going"])  # "go into production"
ADD_VERBS = frozenset(["add", "adds", "adding"])
# "the sole source of the X", "the hub of production for its X3 and X5"
SOURCE_NOUNS = frozenset(["source", "producer", "maker", "manufacturer", "supplier", "hub"])
# "battery capacity", "towing capacity": a capacity that is no plant's output
NON_PLANT_CAPACITIES = frozenset("battery towing seating cargo load boot tank fuel payload storage luggage charging".split())
# "cease to assemble the X", "stopped making the Y", "no longer made": a making that ends
ENDING_WORDS = frozenset(["cease", "ceases", "ceased", "stop", "stops", "stopped", "halt", "halts", "halted", "discontinue",
                          "discontinues", "discontinued", "longer"])
# "The factory will handle the X", "The plant will house the Y": a plant taking on models
HOSTING_VERBS = frozenset(["handle", "handles", "house", "houses", "host", "hosts"])
# "the current production of the X", "production and export of our Y": a making going on now
PRESENT_MAKING_CUES = frozenset(["current", "ongoing", "existing", "present", "export", "exports"])
MAKING_NOUNS = frozenset(["production", "assembly", "manufacturing", "manufacture"])
# "The investment will enable the production of the X": the money a plant is given
INVESTMENT_NOUNS = frozenset(["investment", "money", "funds", "funding", "expansion"])
# "production of the X", "assembly of its Y", "manufacture of our new Z": the words between a making and its model
MODEL_DETERMINERS = frozenset(["the", "its", "their", "our", "his", "her", "new", "all-new", "a", "an"])
