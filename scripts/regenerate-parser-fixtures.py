#!/usr/bin/env python3
"""Regenerates the Python parser fixtures from CPython 3.11, the oracle.

For every ``simulator/python/parser/fixtures/ok/*.py`` it writes ``*.ast`` (``ast.dump`` of the module) and adds the
positions of every located node to ``fixtures/ok-positions.json``, with columns converted from CPython's UTF-8 byte
offsets to UTF-16 code units (JavaScript string indices) as our AST stores them.

For every ``fixtures/errors/*.py`` it runs ``python3 <name>.py`` from inside that folder and writes ``*.json``
with the SyntaxError's type and attributes and the exact stderr. CPython 3.11 prints the script's absolute path in
the ``File "..."`` line; the fixture keeps the relative name there, so it does not depend on the checkout's location.

If ``simulator/conformance/programs`` exists, it writes ``simulator/conformance/ast/<name>.ast`` for each program
that compiles, and ``<name>.error.json`` (as above) for each that is a SyntaxError.

Run with: python3 scripts/regenerate-parser-fixtures.py
"""

import ast
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, 'simulator', 'python', 'parser', 'fixtures')
CONFORMANCE = os.path.join(ROOT, 'simulator', 'conformance')

# Installed as sitecustomize for the child `python3 file.py`: records the SyntaxError's attributes, then lets the
# default hook print it exactly as CPython does.
HOOK = '''
import json, os, sys
def _hook(tp, value, tb):
    if isinstance(value, SyntaxError):
        with open(os.environ['PARSER_FIXTURE_OUT'], 'w', encoding='utf-8') as out:
            json.dump({'type': tp.__name__, 'msg': value.msg, 'lineno': value.lineno, 'offset': value.offset,
                       'end_lineno': value.end_lineno, 'end_offset': value.end_offset, 'text': value.text}, out)
    sys.__excepthook__(tp, value, tb)
sys.excepthook = _hook
'''


def read(path):
    with open(path, encoding='utf-8', newline='') as f:
        return f.read()


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def source_lines(src):
    return re.split(r'\r\n|\r|\n', src)


def utf16_column(line, byte_col):
    prefix = line.encode('utf-8')[:byte_col].decode('utf-8', errors='replace')
    return sum(2 if ord(c) > 0xFFFF else 1 for c in prefix)


def located_nodes(node):
    """Pre-order over `_fields`, the order the TypeScript test walks our AST in."""
    if isinstance(node, ast.AST):
        if 'lineno' in node._attributes and getattr(node, 'lineno', None) is not None:
            yield node
        for name in node._fields:
            yield from located_nodes(getattr(node, name, None))
    elif isinstance(node, list):
        for item in node:
            yield from located_nodes(item)


def positions(tree, src):
    lines = source_lines(src)
    out = []
    for node in located_nodes(tree):
        start_line = lines[node.lineno - 1] if node.lineno - 1 < len(lines) else ''
        end_line = lines[node.end_lineno - 1] if node.end_lineno - 1 < len(lines) else ''
        out.append([type(node).__name__, node.lineno, utf16_column(start_line, node.col_offset),
                    node.end_lineno, utf16_column(end_line, node.end_col_offset)])
    return out


def run_file_for_error(folder, name):
    with tempfile.TemporaryDirectory() as tmp:
        write(os.path.join(tmp, 'sitecustomize.py'), HOOK)
        out_path = os.path.join(tmp, 'error.json')
        env = dict(os.environ, PYTHONPATH=tmp, PARSER_FIXTURE_OUT=out_path, PYTHONIOENCODING='utf-8')
        env.pop('PYTHONSTARTUP', None)
        proc = subprocess.run([sys.executable, name], cwd=folder, env=env, capture_output=True, timeout=60)
        if not os.path.exists(out_path):
            raise SystemExit(f'{name}: expected a SyntaxError, got exit {proc.returncode}: {proc.stderr!r}')
        error = json.loads(read(out_path))
    stderr = proc.stderr.decode('utf-8')
    absolute = os.path.join(os.path.realpath(folder), name)
    error['stderr'] = stderr.replace(f'File "{absolute}"', f'File "{name}"', 1)
    return error


def compiles(src, name):
    try:
        compile(src, name, 'exec', dont_inherit=True)
        return True
    except SyntaxError:
        return False


def regenerate_ok():
    folder = os.path.join(FIXTURES, 'ok')
    all_positions = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.py'):
            continue
        src = read(os.path.join(folder, name))
        if not compiles(src, name):
            raise SystemExit(f'ok/{name} does not compile')
        tree = ast.parse(src, name)
        write(os.path.join(folder, name[:-3] + '.ast'), ast.dump(tree) + '\n')
        all_positions[name] = positions(tree, src)
    write(os.path.join(FIXTURES, 'ok-positions.json'), json.dumps(all_positions, ensure_ascii=False, indent=0) + '\n')
    return len(all_positions)


def regenerate_errors():
    folder = os.path.join(FIXTURES, 'errors')
    count = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.py'):
            continue
        if compiles(read(os.path.join(folder, name)), name):
            raise SystemExit(f'errors/{name} compiles')
        error = run_file_for_error(folder, name)
        write(os.path.join(folder, name[:-3] + '.json'), json.dumps(error, ensure_ascii=False, indent=2) + '\n')
        count += 1
    return count


def regenerate_conformance():
    programs = os.path.join(CONFORMANCE, 'programs')
    if not os.path.isdir(programs):
        return 0
    out = os.path.join(CONFORMANCE, 'ast')
    os.makedirs(out, exist_ok=True)
    count = 0
    for name in sorted(os.listdir(programs)):
        if not name.endswith('.py'):
            continue
        src = read(os.path.join(programs, name))
        stem = name[:-3]
        if compiles(src, name):
            write(os.path.join(out, stem + '.ast'), ast.dump(ast.parse(src, name)) + '\n')
        else:
            error = run_file_for_error(programs, name)
            write(os.path.join(out, stem + '.error.json'), json.dumps(error, ensure_ascii=False, indent=2) + '\n')
        count += 1
    return count


def main():
    if sys.version_info[:2] != (3, 11):
        raise SystemExit(f'needs CPython 3.11, this is {sys.version}')
    print(f'ok: {regenerate_ok()}, errors: {regenerate_errors()}, conformance: {regenerate_conformance()}')


if __name__ == '__main__':
    main()
