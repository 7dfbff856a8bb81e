// Real runs for the timeline's tests: the trace tests' programs, a GIL demo and a program using every other kind
// of event, recorded by the simulator.
import { Simulation, type EventLog, type Schedule } from '../../../../simulator'
import { abba, contention, producerConsumer } from '../../../../simulator/trace/test-programs'

export { abba, contention, producerConsumer }

/** Two CPU-bound threads: the GIL passes between them at each switch interval. */
export const gilDemo = `import threading
def countdown(n):
    while n > 0:
        n -= 1
threads = [threading.Thread(target=countdown, args=(300_000,), name=f"worker-{i}") for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
`

/** A lock first used before it has a name, a file, a barrier, a condition and a timed wait. */
export const odds = `import threading
locks = {}
def get(name):
    return locks.setdefault(name, threading.Lock())
get("a").acquire()
a = locks["a"]
a.release()
barrier = threading.Barrier(2)
cond = threading.Condition()
def waiter():
    barrier.wait()
    with cond:
        cond.wait(timeout=0.01)
t = threading.Thread(target=waiter, name="waiter", daemon=True)
t.start()
barrier.wait()
with open("out.txt", "w") as f:
    f.write("done")
t.join()
`

const recorded = new Map<string, EventLog>()

/** The log of a run (each run made once: the tests only read logs). */
export function record(source: string, schedule: Schedule = 'gil', seed = 1): EventLog {
  const key = `${schedule} ${seed} ${source}`
  let log = recorded.get(key)
  if (!log) {
    const simulation = new Simulation(source, 'prog.py', { record: true, schedule, seed })
    simulation.advance()
    recorded.set(key, (log = simulation.log!))
  }
  return log
}
