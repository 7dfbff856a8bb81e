#!/usr/bin/env python3
"""Regenerates simulator/python/builtins/container-programs/expected.json from CPython 3.11.

Each program in that folder is run as `python3 NAME.py` from inside the folder with PYTHONHASHSEED=0 (set and dict
orders depend on it); its stdout, exit status and the last line of its stderr (the uncaught exception, if any) are
recorded, which container-programs.test.ts compares with the simulator's.

Run: python3 scripts/regenerate-container-programs.py
"""

import json
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), 'the expected outputs are CPython 3.11'

FOLDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'simulator', 'python', 'builtins',
                      'container-programs')


def run(name):
    env = {**os.environ, 'PYTHONHASHSEED': '0'}
    result = subprocess.run([sys.executable, name], capture_output=True, text=True, cwd=FOLDER, env=env)
    lines = result.stderr.strip().splitlines()
    return {'stdout': result.stdout, 'status': result.returncode, 'error': lines[-1] if lines else ''}


def main():
    programs = sorted(f for f in os.listdir(FOLDER) if f.endswith('.py'))
    expected = {name[:-3]: run(name) for name in programs}
    with open(os.path.join(FOLDER, 'expected.json'), 'w') as f:
        json.dump(expected, f, indent=2, sort_keys=True)
        f.write('\n')
    print(f'{len(programs)} programs recorded')


main()
