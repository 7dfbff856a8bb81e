# Student program: a turnstile and a traffic light as table-driven state machines.
TURNSTILE = {
    ("locked", "coin"): ("unlocked", "unlock"),
    ("locked", "push"): ("locked", "alarm"),
    ("unlocked", "push"): ("locked", "lock"),
    ("unlocked", "coin"): ("unlocked", "refund"),
}


def run_machine(table, state, events):
    trace = []
    for event in events:
        key = (state, event)
        if key not in table:
            trace.append(f"{state} --{event}--> ERROR")
            raise KeyError(f"no transition from {state!r} on {event!r}")
        state, action = table[key]
        trace.append(f"{key[0]} --{event}/{action}--> {state}")
    return state, trace


final, trace = run_machine(TURNSTILE, "locked", ["push", "coin", "coin", "push", "push"])
print("\n".join(trace))
print("final state:", final)
try:
    run_machine(TURNSTILE, "locked", ["coin", "kick"])
except KeyError as e:
    print("KeyError:", e)


class TrafficLight:
    order = ["green", "yellow", "red"]
    durations = {"green": 3, "yellow": 1, "red": 2}

    def __init__(self):
        self.state = "green"
        self.remaining = self.durations["green"]

    def tick(self):
        self.remaining -= 1
        if self.remaining == 0:
            index = (self.order.index(self.state) + 1) % len(self.order)
            self.state = self.order[index]
            self.remaining = self.durations[self.state]
            return True
        return False


light = TrafficLight()
timeline = []
for t in range(12):
    changed = light.tick()
    timeline.append(light.state[0].upper() + ("*" if changed else ""))
print(" ".join(timeline))
