"""Fill the Chinese translation file: from a TSV of new texts, or from other .ts files.

    python tools/ts_fill.py --tsv new.tsv        # lines: context<TAB>source<TAB>translation
    python tools/ts_fill.py --from other.ts ...  # take their translations for unfinished texts
    python tools/ts_fill.py --list               # print what is still unfinished, as TSV

Run `make update-translations` first so the .ts holds every text of the source. A text with
a line break is written in the TSV with a literal \\n.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "garagedesk_zh_CN.ts"


def _messages(path: Path):  # type: ignore[no-untyped-def]
    tree = ElementTree.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield tree, name, message


def _known(paths: list[Path]) -> dict[tuple[str, str], str]:
    known: dict[tuple[str, str], str] = {}
    for path in paths:
        for _tree, name, message in _messages(path):
            node = message.find("translation")
            if node is not None and node.get("type") != "unfinished" and (node.text or "").strip():
                known[(name, message.findtext("source") or "")] = node.text or ""
    return known


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tsv", type=Path)
    parser.add_argument("--from", dest="others", type=Path, nargs="*", default=[])
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    known = _known(args.others)
    if args.tsv:
        for row in args.tsv.read_text(encoding="utf-8").splitlines():
            if row.strip():
                context, source, text = row.split("\t")
                known[(context, source.replace("\\n", "\n"))] = text.replace("\\n", "\n")
    tree = ElementTree.parse(TS)
    left = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None
            if node.get("type") != "unfinished" and (node.text or "").strip():
                continue
            source = message.findtext("source") or ""
            if (name, source) in known:
                node.text = known[(name, source)]
                node.attrib.pop("type", None)
            else:
                left += 1
                if args.list:
                    print(f"{name}\t{source.replace(chr(10), chr(92) + 'n')}\t")
    if not args.list:
        body = ElementTree.tostring(tree.getroot(), encoding="unicode")
        TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")
    print(f"{left} texts still unfinished", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
