# The math module: constants, rounding, roots, logs, gcd and friends.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1))
print(math.trunc(-3.9), math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3), -7 % 3, math.modf(3.75))
print(math.gcd(48, 36), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(10), math.factorial(25), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.exp(0), math.exp(1) == math.e, math.pow(2, 10), math.hypot(3, 4), math.dist((0, 0), (6, 8)))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.001, rel_tol=1e-2), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isfinite(1e308), math.isfinite(math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12), round(math.degrees(math.pi), 6), math.radians(180))
print(round(math.atan2(1, 1) * 4, 12), math.floor(10 ** 20 / 3), type(math.floor(2.5)).__name__, math.ceil(10 ** 20))
print(math.sqrt(10 ** 100) == 10 ** 50, math.isqrt(10 ** 100) == 10 ** 50, math.gcd(2 ** 100, 6 ** 50))


def quadratic(a, b, c):
    disc = b * b - 4 * a * c
    if disc < 0:
        return ()
    root = math.sqrt(disc)
    return tuple(sorted({(-b - root) / (2 * a), (-b + root) / (2 * a)}))


print(quadratic(1, -3, 2), quadratic(1, 2, 1), quadratic(1, 0, 1))
