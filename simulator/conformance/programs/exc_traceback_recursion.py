# Unbounded recursion: the traceback collapses repeated frames.
def walk(node):
    return walk(node + 1) + 1


def start():
    print("starting")
    return walk(0)


start()
