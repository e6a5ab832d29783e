"""Where the client tests find the diplo binary: $DIPLO_BIN, then `diplo` on
PATH, then the crate's own build (release before debug, under
$CARGO_TARGET_DIR or target/); None when there is none."""
import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def diplo_bin():
    if os.environ.get("DIPLO_BIN"):
        return os.environ["DIPLO_BIN"]
    on_path = shutil.which("diplo")
    if on_path:
        return on_path
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    for profile in ["release", "debug"]:
        exe = target / profile / "diplo"
        if exe.is_file():
            return str(exe)
    return None
