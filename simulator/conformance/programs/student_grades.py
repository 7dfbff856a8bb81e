# Student program: grade statistics with dictionaries, sorting and simple math.
import math

grades = {
    "ann": [88, 92, 79, 95],
    "bob": [72, 65, 80, 70],
    "cyd": [95, 98, 100, 91],
    "dee": [60, 55, 72, 58],
    "eve": [88, 85, 90, 87],
}


def mean(values):
    return sum(values) / len(values)


def stdev(values):
    m = mean(values)
    return math.sqrt(sum((v - m) ** 2 for v in values) / (len(values) - 1))


def median(values):
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


averages = {name: mean(scores) for name, scores in grades.items()}
for name, avg in sorted(averages.items(), key=lambda kv: (-kv[1], kv[0])):
    scores = grades[name]
    print(f"{name:<4} avg={avg:6.2f} median={median(scores):5.1f} sd={stdev(scores):5.2f} grade={letter(avg)}")
all_scores = [s for scores in grades.values() for s in scores]
print("class mean", round(mean(all_scores), 3), "median", median(all_scores), "range", min(all_scores), max(all_scores))
distribution = {}
for avg in averages.values():
    distribution.setdefault(letter(avg), []).append(round(avg, 1))
print(dict(sorted(distribution.items())))
improved = [name for name, s in grades.items() if s[-1] > s[0]]
print("improved:", improved, "top:", max(averages, key=averages.get))
