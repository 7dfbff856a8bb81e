# Student program: towers of Hanoi, recursively, with move counting and a state check.
def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source, moves)


moves = []
hanoi(3, "A", "C", "B", moves)
for number, (disk, src, dst) in enumerate(moves, 1):
    print(f"{number:>2}: move disk {disk} from {src} to {dst}")
pegs = {"A": [4, 3, 2, 1], "B": [], "C": []}
all_moves = []
hanoi(4, "A", "C", "B", all_moves)
for disk, src, dst in all_moves:
    moved = pegs[src].pop()
    assert moved == disk, f"expected disk {disk}, found {moved}"
    if pegs[dst] and pegs[dst][-1] < moved:
        raise RuntimeError("larger disk placed on smaller one")
    pegs[dst].append(moved)
print("after 4-disk solution:", pegs, "moves:", len(all_moves))
print("expected counts:", [2 ** n - 1 for n in range(1, 8)])
for n in range(1, 8):
    collected = []
    hanoi(n, "A", "C", "B", collected)
    print(n, "disks:", len(collected), "moves, first", collected[0], "last", collected[-1])
