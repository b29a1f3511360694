"""The command line of shared/CLI.md, over the same core functions as the GUI.

Exit status: 0 done; 1 refused or failed (one Chinese sentence on stderr, a
traceback only with SANHUI_DEBUG=1); 2 wrong usage.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from sanhui import __version__, paths
from sanhui.errors import SanhuiError
from sanhui.log import setup_logging

log = logging.getLogger("sanhui.cli")


class Context:
    """What every command receives: the parsed options and the data file path."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.db_path = Path(args.db) if args.db else paths.default_db_path()
        self._db = None

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False) or getattr(self.args, "global_json", False))

    def db(self):
        if self._db is None:
            from sanhui.core.store import open_db

            self._db = open_db(self.db_path)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def out(self, text: str = "") -> None:
        print(text)

    def out_json(self, value: Any) -> None:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def build_parser() -> argparse.ArgumentParser:
    from sanhui.cli import exchange, files, meetings, members, reminders, render

    parser = argparse.ArgumentParser(prog="sanhui", description="三会一课助手")
    parser.add_argument("--db", help="数据文件（默认：SANHUI_DB 或用户数据目录下的 sanhui.db）")
    parser.add_argument("--json", dest="global_json", action="store_true", help="输出 JSON")
    parser.add_argument("--version", action="version", version=f"sanhui {__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help="自检：在临时文件夹里用演示数据打开主窗口、生成 PDF 和 Word 记录，通过时退出码为 0")
    sub = parser.add_subparsers(dest="command")
    for module in (files, members, meetings, reminders, render, exchange):
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    setup_logging()
    if argv[:1] == ["--selftest"]:  # the bundle's self-test (ui/selftest.py): demo, window, PDF and Word
        from sanhui.ui.selftest import main as selftest

        return selftest()
    if not argv or argv[0] in ("gui", "--demo") or (argv[0].startswith("--db") and _only_gui(argv)):
        return _run_gui(argv)  # the window: no command module imported (start-up time, issue 9)
    args = build_parser().parse_args(argv)
    if not args.command:
        return _run_gui(argv)
    ctx = Context(args)
    try:
        return args.handler(ctx) or 0
    except SanhuiError as exc:
        log.warning("refused: %s (%s)", exc, exc.detail)
        if os.environ.get("SANHUI_DEBUG") == "1":
            raise
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `sanhui meetings list | head`: the reader stopped early, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - the edge: everything becomes one sentence
        log.exception("unexpected error")
        if os.environ.get("SANHUI_DEBUG") == "1":
            raise
        print(f"出现意外错误（{exc.__class__.__name__}），数据文件没有改动。详细信息已写入日志：{paths.logs_dir()}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def _only_gui(argv: list[str]) -> bool:
    """``--db PATH`` with nothing else, or followed by ``gui``."""
    rest = argv[2:] if argv[0] == "--db" else argv[1:]
    return not rest or rest[0] in ("gui", "--demo")


def _run_gui(argv: list[str]) -> int:
    gui = argparse.ArgumentParser(prog="sanhui gui")
    gui.add_argument("--db")
    gui.add_argument("--demo", action="store_true", help="在一个新的演示文件上打开")
    gui.add_argument("command", nargs="?", choices=["gui"])
    args = gui.parse_args(argv)
    from sanhui.ui.app import run

    return run(db_path=Path(args.db) if args.db else None, demo=args.demo)
