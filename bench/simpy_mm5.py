"""The same M/M/5 model as bench/mm5.ts, in SimPy, for a side-by-side speed comparison.
Prints one JSON line: customers, seconds, wq."""
import json, random, sys, time
import simpy

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rnd = random.Random(1)
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
    if state["done"] == N:
        finished.succeed()

def source(env):
    for _ in range(N):
        yield env.timeout(rnd.expovariate(4.5))
        env.process(customer(env))

t0 = time.perf_counter()
env.process(source(env))
env.run(until=finished)
seconds = time.perf_counter() - t0
print(json.dumps({"customers": state["done"], "seconds": seconds, "wq": state["wait"] / state["done"]}))
