#!/usr/bin/env python3
"""Regenerates simulator/python/builtins/fixtures/sort-vectors.json from CPython 3.11's list.sort.

Each case is a list of small ints sorted through a key class whose __lt__ records the pair of original positions it
compares; the fixture keeps the comparison log (flattened pairs), the resulting order and, for cases whose n-th comparison raises, the
partly sorted list CPython leaves behind. Inputs come from a fixed linear congruential generator, so the file is the
same on every run.
Run with: python3 scripts/regenerate-sort-vectors.py
"""

import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'simulator', 'python', 'builtins', 'fixtures', 'sort-vectors.json')


class Stop(Exception):
    pass


def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed >> 33


def values_for(kind, n, rand):
    if kind == 'random':
        return [next(rand) % (n + 1) for _ in range(n)]
    if kind == 'ascending':
        return list(range(n))
    if kind == 'descending':
        return list(range(n, 0, -1))
    if kind == 'runs':
        return [(i * 7) % 50 + (i // 50) * 3 for i in range(n)]
    if kind == 'swaps':
        values = list(range(n))
        for _ in range(n // 8):
            a, b = next(rand) % n, next(rand) % n
            values[a], values[b] = values[b], values[a]
        return values
    return [next(rand) % 3 for _ in range(n)]


def run_case(values, reverse, fail_at):
    log = []

    class Key:
        def __init__(self, value, index):
            self.value = value
            self.index = index

        def __lt__(self, other):
            if len(log) == fail_at:
                raise Stop
            log.append([self.index, other.index])
            return self.value < other.value

    items = [Key(v, i) for i, v in enumerate(values)]
    try:
        items.sort(reverse=reverse)
    except Stop:
        pass
    return {'log': [i for pair in log for i in pair], 'order': [k.index for k in items]}


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('regenerate-sort-vectors: needs CPython 3.11')
    rand = lcg(2024)
    cases = []
    for n in [0, 1, 2, 3, 7, 32, 63, 64, 65, 100, 300]:
        for kind in ['random', 'ascending', 'descending', 'runs', 'swaps', 'few']:
            if n == 300 and kind not in ('runs', 'swaps'):
                continue
            for reverse in [False, True]:
                values = values_for(kind, n, rand)
                case = {'values': values, 'reverse': reverse, 'failAt': None}
                case.update(run_case(values, reverse, None))
                cases.append(case)
                if len(case['log']) > 4:
                    fail_at = len(case['log']) * 2 // 3
                    failing = {'values': values, 'reverse': reverse, 'failAt': fail_at}
                    failing.update(run_case(values, reverse, fail_at))
                    del failing['log']
                    cases.append(failing)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(cases, f, separators=(',', ':'))
        f.write('\n')
    print('sort vectors: %d cases' % len(cases))


if __name__ == '__main__':
    main()
