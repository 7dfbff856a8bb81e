#!/usr/bin/env python3
"""Regenerates what CPython 3.11 prints for the built-in type programs: for every
simulator/python/builtins/types/fixtures/type-programs/NAME.py (small programs exercising str, bytes, bytearray,
int, float, bool and complex beyond the conformance suite), writes NAME.stdout beside it.

Usage: python3 scripts/regenerate-type-programs.py   (must be CPython 3.11)
"""

import subprocess
import sys
from pathlib import Path

assert sys.version_info[:2] == (3, 11), 'the oracle must be CPython 3.11'

PROGRAMS = Path(__file__).resolve().parent.parent / 'simulator' / 'python' / 'builtins' / 'types' / 'fixtures' / 'type-programs'


def main():
    for program in sorted(PROGRAMS.glob('*.py')):
        run = subprocess.run([sys.executable, program.name], cwd=PROGRAMS, capture_output=True, text=True, check=True,
                             env={'PYTHONHASHSEED': '0', 'PYTHONIOENCODING': 'utf-8'})
        program.with_suffix('.stdout').write_text(run.stdout)
        print(f'{program.name}: {len(run.stdout.splitlines())} lines')


if __name__ == '__main__':
    main()
