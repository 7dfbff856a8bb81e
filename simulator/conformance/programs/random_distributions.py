# random: the real-valued distributions draw CPython's values (rounded: libm's last bits vary by platform).
import random

random.seed(314159)


def show(name, values):
    print(name, [round(v, 9) for v in values])


show("uniform", [random.uniform(2, 5) for _ in range(3)])
show("triangular", [random.triangular(0, 10, 7) for _ in range(3)])
show("gauss", [random.gauss(100, 15) for _ in range(4)])
show("normalvariate", [random.normalvariate(0, 1) for _ in range(3)])
show("lognormvariate", [random.lognormvariate(0, 0.5) for _ in range(3)])
show("expovariate", [random.expovariate(0.5) for _ in range(3)])
show("vonmisesvariate", [random.vonmisesvariate(3.14, 2) for _ in range(3)])
show("gammavariate", [random.gammavariate(alpha, 2) for alpha in (0.3, 1, 4.5)])
show("betavariate", [random.betavariate(2, 5) for _ in range(3)])
show("paretovariate", [random.paretovariate(2.5) for _ in range(3)])
show("weibullvariate", [random.weibullvariate(1, 1.5) for _ in range(3)])

samples = [random.gauss(50, 10) for _ in range(2000)]
mean = sum(samples) / len(samples)
print(round(mean, 6), 45 < mean < 55)
print(random.triangular(3, 3, 3), random.gauss(7, 0), type(random.triangular(2, 2, 9)).__name__)
