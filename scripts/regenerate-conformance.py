#!/usr/bin/env python3
"""Regenerate (or, with --check, verify) the expected outputs of the language conformance suite.

Each simulator/conformance/programs/<name>.py runs twice under CPython 3.11 from inside the programs folder;
its exit status, stdout and stderr go to simulator/conformance/expected/<name>.json. The script fails loudly when
a program's two runs differ, when it times out, or when its output looks machine-dependent (an address, a path).
Usage: python3 scripts/regenerate-conformance.py [--check]
"""

import argparse
import json
import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / 'simulator' / 'conformance'
PROGRAMS = SUITE / 'programs'
EXPECTED = SUITE / 'expected'
TIMEOUT_SECONDS = 30

# CPython 3.9+ makes the main script's path absolute; the suite records it as `<name>.py`, as if run by a VM that
# knows the program only by its file name.
ABSOLUTE_PREFIX = str(PROGRAMS) + os.sep

# Library frames in tracebacks (threading.py) show where the standard library lives; the suite records them at
# Debian's path, which the simulator's own modules use too.
STDLIB_PREFIX = sysconfig.get_paths()['stdlib'] + os.sep
RECORDED_STDLIB = '/usr/lib/python3.11/'

# An address in a default repr (`<function f at 0x7f…>`) differs between runs and machines.
ADDRESS = re.compile(r' at 0x[0-9a-fA-F]+')


def child_environment():
    env = {key: value for key, value in os.environ.items() if not key.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    return env


def normalize(text):
    return text.replace(ABSOLUTE_PREFIX, '').replace(STDLIB_PREFIX, RECORDED_STDLIB)


def run_once(program):
    # -S leaves site-packages off sys.path, so `import numpy` fails on every machine, as it will in the VM.
    completed = subprocess.run(
        [sys.executable, '-S', program.name],
        cwd=PROGRAMS,
        env=child_environment(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
    )
    return {
        'status': completed.returncode,
        'stdout': normalize(completed.stdout.decode('utf-8')),
        'stderr': normalize(completed.stderr.decode('utf-8')),
    }


def run_leaving_no_files(program):
    """Runs a program; files it created in the programs folder are removed (the suite may import only a few
    modules, `os` not among them, so the `open()` programs cannot delete their own scratch files)."""
    before = set(PROGRAMS.iterdir())
    try:
        return run_once(program)
    finally:
        for leftover in set(PROGRAMS.iterdir()) - before:
            leftover.unlink()


def problems_of(result):
    found = []
    text = result['stdout'] + result['stderr']
    if ADDRESS.search(text):
        found.append('prints an address (%s)' % ADDRESS.search(text).group(0).strip())
    if str(ROOT) in text:
        found.append('prints a path of this checkout')
    if any(prefix in text for prefix in {sys.prefix, sys.base_prefix, sys.exec_prefix}):
        found.append("prints a path of this machine's Python installation")
    return found


def serialize(result):
    return json.dumps(result, sort_keys=True, indent=2, ensure_ascii=False) + '\n'


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--check', action='store_true', help='only verify the expected files; write nothing')
    args = parser.parse_args()

    if sys.version_info[:2] != (3, 11):
        sys.exit('regenerate-conformance: needs CPython 3.11, this is %s' % sys.version.split()[0])

    programs = sorted(PROGRAMS.glob('*.py'))
    if not programs:
        sys.exit('regenerate-conformance: no programs in %s' % PROGRAMS)
    EXPECTED.mkdir(exist_ok=True)

    failures = []
    changed = []
    for program in programs:
        try:
            first = run_leaving_no_files(program)
            second = run_leaving_no_files(program)
        except subprocess.TimeoutExpired:
            failures.append('%s: did not finish within %d seconds' % (program.name, TIMEOUT_SECONDS))
            continue
        problems = problems_of(first) if first == second else ['output differs between two runs']
        if problems:
            failures.extend('%s: %s' % (program.name, problem) for problem in problems)
            continue
        expected_file = EXPECTED / (program.stem + '.json')
        text = serialize(first)
        current = expected_file.read_text(encoding='utf-8') if expected_file.exists() else None
        if current != text:
            changed.append(expected_file.name)
            if not args.check:
                expected_file.write_text(text, encoding='utf-8')

    names = {program.stem for program in programs}
    orphans = sorted(path for path in EXPECTED.glob('*.json') if path.stem not in names)
    for orphan in orphans:
        if not args.check:
            orphan.unlink()
    if args.check:
        failures.extend('%s: expected file is out of date' % name for name in changed)
        failures.extend('%s: expected file has no program' % path.name for path in orphans)

    for failure in failures:
        print('FAIL ' + failure, file=sys.stderr)
    exits = sum(1 for path in EXPECTED.glob('*.json') if json.loads(path.read_text(encoding='utf-8'))['status'] != 0)
    verb = 'out of date' if args.check else 'rewritten'
    print(
        'conformance: %d programs (%d exit non-zero), %d %s, %d orphan expected files, %d failures'
        % (len(programs), exits, len(changed), verb, len(orphans), len(failures))
    )
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
