"""The same M/M/5 model as bench/mm5.ts, in SimPy, for a side-by-side speed comparison.
Usage: simpy_mm5.py CUSTOMERS [REPEATS]. Runs the model REPEATS times (seeds 1, 2, ...)
and prints one JSON line for the fastest run: customers, seconds, wq. Taking the fastest of
several runs, as the kernel benchmark does, filters out pauses caused by other work on the
machine."""
import json, random, sys, time
import simpy


def run_once(n, seed):
    rnd = random.Random(seed)
    env = simpy.Environment()
    servers = simpy.Resource(env, capacity=5)
    state = {"done": 0, "wait": 0.0}
    finished = env.event()

    def customer(env):
        arrived = env.now
        with servers.request() as req:
            yield req
            state["wait"] += env.now - arrived
            yield env.timeout(rnd.expovariate(1.0))
        state["done"] += 1
        if state["done"] == n:
            finished.succeed()

    def source(env):
        for _ in range(n):
            yield env.timeout(rnd.expovariate(4.5))
            env.process(customer(env))

    t0 = time.perf_counter()
    env.process(source(env))
    env.run(until=finished)
    seconds = time.perf_counter() - t0
    return {"customers": state["done"], "seconds": seconds, "wq": state["wait"] / state["done"]}


N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
REPEATS = int(sys.argv[2]) if len(sys.argv) > 2 else 1
best = min((run_once(N, seed) for seed in range(1, REPEATS + 1)), key=lambda r: r["seconds"])
print(json.dumps(best))
