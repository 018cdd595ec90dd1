"""compare() skips equal parts of two snapshots, yet finds every value that differs, in the
order a reader expects: the older snapshot's paths first, then those only the newer one has,
in its order, exactly as comparing the two flattened snapshots value by value would."""

from projects.documents.compare import compare, flatten


def by_flattening(old: dict, new: dict) -> list[tuple[str, str, str]]:
    before, after = flatten(old), flatten(new)
    paths = list(before) + [path for path in after if path not in before]
    return [(path, before.get(path, ""), after.get(path, "")) for path in paths
            if before.get(path, "") != after.get(path, "")]


OLD = {
    "title": "Näringsliv i samverkan",
    "sections": {"goals": {"title": "Syfte och mål", "fields": {"purpose": "Fler jobb"},
                           "sub_goals": [{"title": "Ett"}, {"title": "Två"}]}},
    "parts": {"plan": {"milestones": {"M1": {"title": "Start"}},
                       "work_packages": {"AP1": {"number": 1, "activities": {}}}},
              "finance": {"budgets": {"Lead": {"amounts": {"P1": "100"}}}},
              "risks": {"risks": [{"code": "R1", "level": 4}]}},
    "meta": {"status": "draft"},
}
NEW = {
    "title": "Näringsliv i samverkan",
    "sections": {"goals": {"title": "Purpose and goals", "fields": {"purpose": "Fler jobb!"},
                           "sub_goals": [{"title": "Ett"}]}},
    "parts": {"plan": {"work_packages": {"AP2": {"number": 2}, "AP1": {"number": "1"}},
                       "milestones": {"M1": {"title": "Start"}, "M2": {"title": "Slut"}}},
              "finance": {"budgets": {"Lead": {"amounts": {"P1": "150", "P2": "0"}}}},
              "risks": {"risks": "none left"}},
    "meta": {"status": "submitted"},
}


def test_compare_finds_what_flattening_finds_in_the_same_order():
    found = [(d.path, d.old, d.new) for d in compare(OLD, NEW)]
    assert found == by_flattening({k: v for k, v in OLD.items() if k != "meta"},
                                  {k: v for k, v in NEW.items() if k != "meta"})
    paths = [path for path, _old, _new in found]
    assert paths[0] == "sections › goals › fields › purpose"  # the heading is a label
    assert "parts › plan › work_packages › AP1 › number" not in paths  # 1 and "1" read alike
    assert paths.index("parts › plan › work_packages › AP2 › number") < paths.index(
        "parts › plan › milestones › M2 › title")  # added: in the newer snapshot's order
    assert ("parts › risks › risks", "", "none left") in found  # a list became a text


def test_compare_leaves_out_the_parts_it_is_told_to_and_nothing_when_equal():
    found = [d.path for d in compare(OLD, NEW, leave_out=("parts › finance › ",))]
    assert found and not any(path.startswith("parts › finance") for path in found)
    assert compare(NEW, NEW) == [] and compare({}, {}) == []
    assert [d.path for d in compare({}, OLD)] == [
        path for path, value in flatten({k: v for k, v in OLD.items() if k != "meta"}).items()
        if value]
