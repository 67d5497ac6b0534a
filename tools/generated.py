"""Writing a generated file, or (with --check) failing when the committed one differs."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_or_check(out: Path, text: str, generator: str) -> int:
    name = out.relative_to(ROOT)
    if "--check" in sys.argv:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"{name} is out of date: run python3 {generator}", file=sys.stderr)
            return 1
        print(f"{name} is up to date")
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {name} ({len(text.encode())} bytes)")
    return 0
