# Keys whose __hash__ and __eq__ are Python code: each call, in CPython's order.
class K:
    def __init__(self, v, h=None):
        self.v, self.h = v, h

    def __hash__(self):
        print('hash', self.v)
        return hash(self.v) if self.h is None else self.h

    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, K) and self.v == o.v

    def __repr__(self):
        return f'K({self.v})'


s = {K(1), K(2, 1), K(3, 1)}
print(s)
print(K(2, 1) in s, K(9, 1) in s)
t = set(s)
print(t == s, t <= s)
print(s | {K(4, 1)})
s.discard(K(3, 1))
print(s, len(s))
d = {K(1): 'a', K(5, 1): 'b'}
print(set(d))
print(s & d.keys())
f = frozenset([K(7, 7)])
print(hash(f) == hash(frozenset([K(7, 7)])))
nan = float('nan')
print(len({nan, nan, float('nan')}), nan in {nan}, float('nan') in {nan})
