def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
