"""The graph resolves links and derives every reverse link from links stored once."""

from generator.graph import load_graph
from tests.conftest import FIXTURE_CONTENT


def test_graph_snapshot(data_regression):
    data_regression.check(load_graph(FIXTURE_CONTENT).to_dict())


def test_reverse_links_are_derived():
    graph = load_graph(FIXTURE_CONTENT)
    ids = lambda entries: [entry.id for entry in entries]
    assert ids(graph.coverage("nordwerk-stellenabbau-2026")) == ["nordwerk-baut-stellen-ab", "nordwerk-yuqallis-alwazaif"]
    assert ids(graph.mentioned_in("nordwerk-uebernahme-2019")) == ["nordwerk-baut-stellen-ab"]
    assert ids(graph.involved_in("nordwerk")) == ["nordwerk-stellenabbau-2026", "nordwerk-uebernahme-2019"]
    # `related` is stored on one event and shown on both
    assert ids(graph.related_events("nordwerk-uebernahme-2019")) == ["nordwerk-stellenabbau-2026"]
    assert ids(graph.related_events("nordwerk-stellenabbau-2026")) == ["nordwerk-uebernahme-2019"]
    assert ids(graph.subsidiaries("nordwerk")) == ["nordwerk-antriebe"]
    holders = [(person.id, role["title"]["de"]) for person, role in graph.role_holders("nordwerk-antriebe")]
    assert holders == [("lea-berger", "Leiterin der Antriebssparte"), ("omar-haddad", "Betriebsratschef")]
    # the role held in an article: roles at the companies the article names
    lea, article = graph.get("lea-berger"), graph.get("nordwerk-yuqallis-alwazaif")
    assert [role["title"]["de"] for role in graph.roles_in(lea, article)] == ["Vorstandschefin"]
