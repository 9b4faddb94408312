"""A plotly Figure from plain trace and layout dicts the caller hands over, without plotly's per-property import.

go.Figure(..., _validate=False) still builds every trace through its class's constructor (some 80 properties
looked at, each one given set through __setitem__), turns the layout's template object into a dict, and
deep-copies every trace and the layout: about half of a chart's build on the Map and Capacity pages (a map has
some 75 traces). owned_figure stores the dicts as plotly itself stores them when it does not validate (each
trace's properties in its class's order, then "type"; nested dicts as given) and reads them through the same
trace and layout objects, so the figure, its JSON and what fig.data / fig.layout read are the same
(tests/test_charts_owned_figure.py). Subplot ids (xaxis2 of the specs chart's second panel) are left to plotly.
The trace dicts are the figure's own from then on: the builders make new ones for every figure, and no two traces
share a list or dict. Checked by plotly (a validated build) when core.charts.base.VALIDATE_FIGURES is on.
"""
from __future__ import annotations

import functools
import inspect
import marshal

import plotly.graph_objects as go
from plotly.basedatatypes import BasePlotlyType

from core.charts import base


@functools.cache
def _property_order(cls: type) -> dict[str, int]:
    """The order in which cls's constructor sets its properties (the order plotly's own dicts have)."""
    names = [p for p in inspect.signature(cls.__init__).parameters if p not in ("self", "arg", "kwargs")]
    return {name: i for i, name in enumerate(names)}


def _in_order(cls: type, props: dict) -> dict:
    return {k: props[k] for k in _ordered_keys(cls, tuple(props))}


@functools.lru_cache(maxsize=4096)
def _ordered_keys(cls: type, keys: tuple[str, ...]) -> tuple[str, ...]:
    """keys in cls's property order; KeyError for a property the constructor does not name (let plotly decide).
    Once per set of keys: a chart's builder gives its traces the same few sets, figure after figure."""
    order = _property_order(cls)
    if any(k not in order for k in keys):
        raise KeyError
    return tuple(sorted(keys, key=order.__getitem__))


def _layout_in_order(layout: dict) -> tuple[dict, dict]:
    """(the layout's named properties in go.Layout's order, its subplot ids such as xaxis2 in the order given): the
    order plotly's own layout dict has, where it sets subplot ids after the named properties."""
    order = _property_order(go.Layout)
    subplots = {k: v for k, v in layout.items() if k not in order}
    for k in subplots:  # xaxis2, yaxis3 ...; xaxis1 plotly renames to xaxis: let plotly decide
        found = go.Layout._subplotid_prop_re.match(k)
        if found is None or int(found.group(2)) < 2:
            raise KeyError(k)
    return _in_order(go.Layout, {k: v for k, v in layout.items() if k in order}), subplots


def _copied(value):
    """A copy of plain JSON-like data (dicts, lists); shared constants (the font, the template) are not shared."""
    if isinstance(value, dict):
        return {k: _copied(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and value and isinstance(value[0], (dict, list, tuple)):
        return type(value)(_copied(v) for v in value)
    if isinstance(value, list):
        return list(value)
    return value


_OBJECT_PROPS: dict[int, tuple[BasePlotlyType, dict, bytes | None]] = {}


def _object_props(value: BasePlotlyType) -> dict:
    """value.to_plotly_json(), as plotly stores a layout's template object: worked out once per object (the
    charts share one template, core.charts.base._template), a new copy for each figure (unmarshalled: a fifth of
    a copy in Python)."""
    known = _OBJECT_PROPS.get(id(value))
    if known is None or known[0] is not value:
        props = value.to_plotly_json()
        try:
            dumped = marshal.dumps(props)
        except ValueError:  # a value marshal does not know: copied in Python
            dumped = None
        known = _OBJECT_PROPS[id(value)] = (value, props, dumped)
    return _copied(known[1]) if known[2] is None else marshal.loads(known[2])


@functools.cache
def _trace_class(trace_type: str) -> type:
    return type(go.Figure({"data": [{"type": trace_type}]}, _validate=False).data[0])


@functools.cache
def _bare_attributes(cls: type, trace_type: str) -> tuple[dict, tuple[str, ...]]:
    """(the attributes a trace object of cls has before any property is set, as plotly's constructors give them;
    the names of those that are containers, which each trace gets a copy of)."""
    trace = cls.__new__(cls)
    super(cls, trace).__init__(trace_type)
    trace._validate = False
    attributes = dict(vars(trace))
    return attributes, tuple(name for name, value in attributes.items() if isinstance(value, (dict, list, set)))


def _bare_trace(cls: type, trace_type: str, fig: go.Figure, index: int) -> BasePlotlyType:
    """A trace object of fig as go.Figure(_validate=False) makes it, without its constructor's pass over every
    property (all None here: the properties are read from fig._data through _parent and _trace_ind). Its
    attributes copied from a bare one (containers new), not set one by one through plotly's __setattr__."""
    trace = cls.__new__(cls)
    attributes = trace.__dict__
    bare, containers = _bare_attributes(cls, trace_type)
    attributes.update(bare)  # in the bare one's order; its containers then replaced by copies in their places
    for name in containers:
        attributes[name] = bare[name].copy()
    attributes["_parent"] = fig
    attributes["_trace_ind"] = index
    return trace


def owned_figure(traces: list[dict], layout: dict) -> go.Figure:
    """go.Figure({"data": traces, "layout": layout}, _validate=False), the same figure, built without plotly's
    per-property work. `traces` become the figure's (do not reuse them); `layout` is copied."""
    if base.VALIDATE_FIGURES:  # the tests: plotly checks every property (and raises on a wrong one)
        go.Figure({"data": _copied(traces), "layout": _copied(layout)}, _validate=True)
    if "template" not in layout:  # plotly would apply its default template: its way
        return go.Figure({"data": traces, "layout": layout}, _validate=False)
    try:
        named, subplots = _layout_in_order(layout)
        layout_props = {k: _object_props(v) if isinstance(v, BasePlotlyType) else _copied(v) for k, v in named.items()}
        trace_props = []
        for t in traces:
            kind = t["type"]
            props = {k: t[k] for k in _ordered_keys(_trace_class(kind), tuple(k for k in t if k != "type"))}
            props["type"] = kind
            trace_props.append(props)
    except KeyError:
        return go.Figure({"data": traces, "layout": layout}, _validate=False)
    # a template given: plotly applies none of its own (an empty figure would: a millisecond's copy). Subplot ids
    # (a few small axes) are plotly's own work: its layout object lists them, and stores their properties in its
    # classes' order
    fig = go.Figure({"layout": {"template": {}, **{k: _copied(v) for k, v in subplots.items()}}}, _validate=False)
    layout_props.update((k, fig._layout[k]) for k in subplots if k in fig._layout)
    fig._layout.clear()
    fig._layout.update(layout_props)
    objs = []
    for i, props in enumerate(trace_props):
        objs.append(_bare_trace(_trace_class(props["type"]), props["type"], fig, i))
    fig._data_objs = tuple(objs)
    fig._data = trace_props
    fig._data_defaults = [{} for _ in trace_props]
    return fig
