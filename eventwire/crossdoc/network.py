"""The actor network as a networkx graph: one node per actor code, one weighted directed edge per ordered pair
(events, Goldstein sum, mentions, QuadClass counts), from store.crossdoc.network_edges."""

from __future__ import annotations

import json


def graph(edges: list[dict]):
    import networkx as nx

    g = nx.DiGraph()
    for e in edges:
        g.add_edge(e["source"], e["target"], weight=e["events"],
                   **{k: v for k, v in e.items() if k not in ("source", "target", "events")})
    for node in g.nodes:
        g.nodes[node]["country"] = node[:3]
    return g


def serialize(g, fmt: str) -> str:
    """'json' (node-link, edges under "links") or 'graphml'."""
    import networkx as nx

    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(g))
    return json.dumps(nx.node_link_data(g, edges="links"), ensure_ascii=False, indent=1)
