# SPDX-FileCopyrightText: 2026 LabDispatch contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Queries simulated instruments through PyVISA's pure-Python backend (@py).

Usage: pyvisa_query.py RESOURCE=SETUP|QUERY ...  (SETUP may be empty; commands split by ';')
Prints one JSON object per resource. Exit 77: a module is missing (the caller skips).
"""
import json
import sys

try:
    import pyvisa
except ImportError as e:
    print(f"pyvisa not importable: {e}", file=sys.stderr)
    sys.exit(77)

if any(arg.startswith("ASRL") for arg in sys.argv[1:]):
    try:
        import serial  # noqa: F401  (pyvisa-py needs pyserial for ASRL resources)
    except ImportError as e:
        print(f"pyserial (python3-serial) not importable: {e}", file=sys.stderr)
        sys.exit(77)

rm = pyvisa.ResourceManager("@py")
for arg in sys.argv[1:]:
    resource, _, commands = arg.partition("=")
    setup, _, query = commands.partition("|")
    inst = rm.open_resource(resource, read_termination="\n", write_termination="\n",
                            timeout=5000)
    if resource.startswith("ASRL"):
        inst.baud_rate = 115200
    idn = inst.query("*IDN?").strip()
    for command in filter(None, setup.split(";")):
        inst.write(command)
    value = float(inst.query(query))
    error = inst.query("SYST:ERR?").strip()
    inst.close()
    print(json.dumps({"resource": resource, "idn": idn, "value": value, "error": error}))
    sys.stdout.flush()
