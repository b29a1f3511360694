"""Extracts the UI strings into resources/translations/sanhui_zh_CN.ts and compiles sanhui_zh_CN.qm.

    python bench/update_translations.py

Run it after adding or changing UI text. `pyside6-lupdate` (shipped with PySide6-Essentials) reads every
tr() / translate() call under desktop/sanhui/ui; module-level helpers such as
``def _tr(text): return QCoreApplication.translate("DocumentDialog", text)`` are read as tr() and their
strings put under the helper's context. The zh_CN catalogue translates each string to itself (the UI is
written in Chinese); it is the base for other languages. `pyside6-lrelease` compiles the .qm. Line
numbers are left out so that the file changes only when the strings do.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop" / "sanhui" / "ui"
OUT = ROOT / "resources" / "translations"
NAME = "sanhui_zh_CN"
HELPER = re.compile(r"def (\w+)\(text[^)]*\)[^:]*:\s*\n\s*return QCoreApplication\.translate\(\"(\w+)\", text\)")


def tool(name: str) -> str:
    """``pyside6-<name>``, or the binary inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    binary = Path(PySide6.__file__).parent / name
    if binary.exists():
        return str(binary)
    raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")


def helper_contexts(files: list[Path]) -> tuple[set[str], dict[str, str]]:
    """Names of module-level translate helpers, and the context each file's helper uses."""
    names, contexts = set(), {}
    for path in files:
        for name, context in HELPER.findall(path.read_text(encoding="utf-8")):
            names.add(name)
            contexts[path.name] = context
    return names, contexts


def extract(files: list[Path], aliases: set[str]) -> ET.Element:
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "all.ts"
        command = [tool("lupdate"), *map(str, files), "-ts", str(ts), "-no-obsolete", "-locations", "absolute"]
        if aliases:
            command += ["-tr-function-alias", "tr+=" + ",tr+=".join(sorted(aliases))]
        subprocess.run(command, check=True, capture_output=True, text=True)
        return ET.parse(ts).getroot()


def rebuild(root: ET.Element, contexts: dict[str, str]) -> ET.Element:
    """Messages regrouped by context (a helper's strings under its context), each translated to itself."""
    messages: dict[str, dict[str, ET.Element]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            location = message.find("location")
            filename = Path(location.get("filename")).name if location is not None else ""
            target = name or contexts.get(filename, "")
            source = message.findtext("source")
            kept = messages.setdefault(target, {}).setdefault(source, ET.Element("message"))
            if kept.find("source") is None:
                ET.SubElement(kept, "source").text = source
            if location is not None:
                relative = Path(location.get("filename")).resolve().relative_to(ROOT).as_posix()
                if not any(loc.get("filename") == f"../../{relative}" for loc in kept.iter("location")):
                    kept.insert(len(kept.findall("location")), ET.Element("location",
                                                                          filename=f"../../{relative}"))
    ts = ET.Element("TS", version="2.1", language="zh_CN")
    for name in sorted(messages):
        context = ET.SubElement(ts, "context")
        ET.SubElement(context, "name").text = name
        for source in sorted(messages[name]):
            message = messages[name][source]
            ET.SubElement(message, "translation").text = source
            context.append(message)
    ET.indent(ts, space="    ")
    return ts


def main() -> int:
    files = sorted(UI.rglob("*.py"))
    aliases, contexts = helper_contexts(files)
    ts = rebuild(extract(files, aliases), contexts)
    OUT.mkdir(parents=True, exist_ok=True)
    ts_path, qm_path = OUT / f"{NAME}.ts", OUT / f"{NAME}.qm"
    body = ET.tostring(ts, encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    subprocess.run([tool("lrelease"), str(ts_path), "-qm", str(qm_path)], check=True, capture_output=True)
    count = sum(1 for _ in ts.iter("message"))
    print(f"{count} strings in {len(ts.findall('context'))} contexts: {ts_path.relative_to(ROOT)}, "
          f"{qm_path.relative_to(ROOT)} ({qm_path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
