"""Finds repeated code: runs of six or more lines of the same shape in two places (strings and numbers
blanked out, so `sign(client, "Rosa", 5)` and `sign(client, "Ana", 7)` look alike). Imports, comments, blank and
docstring lines are skipped; so are migrations and the legislators' bundled data.

A run is boilerplate when it has at most two distinct line shapes, or when two thirds of its lines are literal
data (demo-content tables, lists of choices, factory rows); those are counted apart. Run it from the repository root:

    .venv/bin/python tests/repeated_code.py            # the counts
    .venv/bin/python tests/repeated_code.py --list     # and where each run is
    .venv/bin/python tests/repeated_code.py --declarations-are-boilerplate   # panel lists count as data too
"""

import io
import subprocess
import sys
import tokenize
from collections import defaultdict
from pathlib import Path

WINDOW = 6
SKIP = ("/migrations/", "legislators/data/")


def tracked_python_files():
    names = subprocess.run(["git", "ls-files", "*.py"], capture_output=True, text=True, check=True).stdout.split()
    return [name for name in names if not any(part in name for part in SKIP)]


def line_shapes(source):
    """[(line number, shape)] for each line that carries code."""
    shapes = defaultdict(list)
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return []
    for token in tokens:
        kind, text, (row, _col) = token.type, token.string, token.start
        if kind in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
            continue
        if kind == tokenize.NAME:
            shapes[row].append(text)
        elif kind == tokenize.STRING or kind in getattr(tokenize, "FSTRING_TOKENS", ()):
            shapes[row].append("s")
        elif kind == tokenize.NUMBER:
            shapes[row].append("0")
        elif kind == tokenize.OP:
            shapes[row].append(text)
    result = []
    for row in sorted(shapes):
        shape = " ".join(shapes[row])
        if shape in ("s",) or shape.startswith(("import ", "from ")):
            continue  # docstring lines, imports
        result.append((row, shape))
    return result


def find_runs(files):
    """Maximal runs of >= WINDOW same-shape lines in two places: [(file a, line a, file b, line b, length, shapes)]."""
    lines = {name: line_shapes(Path(name).read_text(encoding="utf-8")) for name in files}
    seen = defaultdict(list)
    for name, rows in lines.items():
        for index in range(len(rows) - WINDOW + 1):
            seen[tuple(shape for _row, shape in rows[index : index + WINDOW])].append((name, index))
    starts = set()
    for places in seen.values():
        for i, first in enumerate(places):
            for second in places[i + 1 :]:
                if first[0] == second[0] and abs(first[1] - second[1]) < WINDOW:
                    continue  # a run overlapping itself
                starts.add((first, second))
    runs = []
    for (file_a, start_a), (file_b, start_b) in sorted(starts):
        if ((file_a, start_a - 1), (file_b, start_b - 1)) in starts:
            continue  # not the start of its run
        length = WINDOW
        while ((file_a, start_a + length - WINDOW + 1), (file_b, start_b + length - WINDOW + 1)) in starts:
            length += 1
        rows_a = lines[file_a][start_a : start_a + length]
        runs.append((file_a, rows_a[0][0], file_b, lines[file_b][start_b][0], length, [s for _r, s in rows_a]))
    return runs


LITERAL_TOKENS = {"s", "0", "True", "False", "None", ":", ",", "(", ")", "[", "]", "{", "}", "=", "-", "+", "*"}


def is_literal(shape, declarations=False):
    """A line of data: only strings, numbers and punctuation (`"name": "Rosa",`, `("en", "English"),`), or a test's
    `assert "text" in html`.

    With `declarations`, call heads, dotted names and keyword names are set aside too, so panel lists and
    field options (`FieldPanel("intro"),`, `verbose_name = _("event")`) count as data.
    """
    if shape in ("assert s in x", "assert s not in x"):
        return True  # a test's list of expected text is data too
    tokens = shape.split()
    if declarations:
        tokens = [
            token
            for token, following in zip(tokens, [*tokens[1:], ""], strict=True)
            if not (token.isidentifier() and following in ("(", ".", "="))
        ]
    return set(tokens) <= LITERAL_TOKENS | {"."}


def is_boilerplate(shapes, declarations=False):
    """Data tables and lists of choices, not logic: few distinct lines, or mostly literal data."""
    literal = sum(is_literal(shape, declarations) for shape in shapes)
    return len(set(shapes)) <= 2 or literal * 3 >= len(shapes) * 2


def main():
    runs = find_runs(tracked_python_files())
    declarations = "--declarations-are-boilerplate" in sys.argv
    real = [run for run in runs if not is_boilerplate(run[5], declarations)]
    if "--list" in sys.argv:
        for file_a, line_a, file_b, line_b, length, _shapes in real:
            print(f"{length:3d} lines  {file_a}:{line_a}  ~  {file_b}:{line_b}")
    print(f"{len(real)} repeated runs of {WINDOW}+ lines (and {len(runs) - len(real)} boilerplate runs)")


if __name__ == "__main__":
    main()
