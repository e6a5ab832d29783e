#!/usr/bin/env python3
"""Executes a notebook with nbclient, headless, from the repository root.

    python3 examples/run_notebook.py examples/explore.ipynb [--out executed.ipynb]

The notebook reads its settings from the environment (DIPLO_DATASET,
DIPLO_OLD_DATASET, DIPLO_BIN, DIPLO_FIGURES; see its first cell). Exits
non-zero, with the failing cell's traceback, when a cell raises.
"""

import argparse
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", type=pathlib.Path)
    parser.add_argument("--out", type=pathlib.Path, help="where to write the executed notebook")
    parser.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    args = parser.parse_args()
    try:
        import nbformat
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError
    except ImportError as e:
        print(f"run_notebook: {e}; install examples/requirements.txt "
              "(python3 -m pip install -r examples/requirements.txt)", file=sys.stderr)
        return 2
    os.environ.setdefault("MPLBACKEND", "Agg")
    nb = nbformat.read(args.notebook, as_version=4)
    client = NotebookClient(
        nb,
        timeout=args.timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT)}},
    )
    try:
        client.execute()
    except CellExecutionError as e:
        print(f"run_notebook: {args.notebook}: a cell failed:\n{e}", file=sys.stderr)
        return 1
    finally:
        if args.out:
            nbformat.write(nb, args.out)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stdout":
                sys.stdout.write(out.get("text", ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
