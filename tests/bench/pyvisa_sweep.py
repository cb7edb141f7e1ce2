# SPDX-FileCopyrightText: 2026 LabDispatch contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The sweep of bench_plans written the way Python labs write it: PyVISA with its pure-Python
backend (@py), one thread per instrument, each setting the averaging count and measuring the
temperature at every point.

Usage: pyvisa_sweep.py --points P [--max-averaging M] RESOURCE...
Prints one JSON object: {"instruments", "points" (measurements that succeeded), "failed",
"seconds" (from the threads' start to the last one's end), "cpu_seconds" (this process)}.
Exit 77: PyVISA is not importable (the caller leaves the case out).
"""
import argparse
import json
import sys
import threading
import time

try:
    import pyvisa
except ImportError as e:
    print(f"pyvisa not importable: {e}", file=sys.stderr)
    sys.exit(77)


def sweep(inst, points, max_averaging, start, results, index):
    ok = failed = 0
    start.wait()
    for i in range(points):
        try:
            inst.write(f"SENS:AVER {i % max_averaging + 1}")
            float(inst.query("MEAS:TEMP?"))
            ok += 1
        except (pyvisa.VisaIOError, ValueError):
            failed += 1
    results[index] = (ok, failed)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=100)
    parser.add_argument("--max-averaging", type=int, default=64)
    parser.add_argument("resources", nargs="+")
    args = parser.parse_args()

    rm = pyvisa.ResourceManager("@py")
    instruments = [rm.open_resource(r, read_termination="\n", write_termination="\n",
                                    timeout=5000) for r in args.resources]
    for inst in instruments:
        inst.query("*IDN?")  # connected and answering before the clock starts

    start = threading.Barrier(len(instruments) + 1)
    results = [(0, 0)] * len(instruments)
    threads = [threading.Thread(target=sweep,
                                args=(inst, args.points, args.max_averaging, start, results, i))
               for i, inst in enumerate(instruments)]
    for t in threads:
        t.start()
    cpu0 = time.process_time()
    start.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    for inst in instruments:
        inst.close()
    print(json.dumps({"instruments": len(instruments),
                      "points": sum(ok for ok, _ in results),
                      "failed": sum(failed for _, failed in results),
                      "seconds": seconds, "cpu_seconds": cpu}))


if __name__ == "__main__":
    main()
