# defaultdict with different factories, grouping and nesting.
from collections import defaultdict

counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(counts)
print(dict(counts), counts["missing"], "missing" in counts, len(counts))
groups = defaultdict(list)
for name in ["ann", "bob", "amy", "cyd", "bea"]:
    groups[name[0]].append(name)
print(dict(groups))
unique = defaultdict(set)
for k, v in [("x", 1), ("x", 1), ("y", 2), ("x", 3)]:
    unique[k].add(v)
print(dict(unique))
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["d"] = 2


def to_dict(node):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in node.items()}


print(to_dict(root))
labels = defaultdict(lambda: "unknown", {"a": "alpha"})
print(labels["a"], labels["z"], dict(labels))
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError:", e, plain.default_factory)
print(counts.default_factory, groups.default_factory, isinstance(counts, dict))
print(counts.get("nothing"), "nothing" in counts)
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 4), (3, 4)]:
    graph[a].append(b)
    graph[b].append(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
