"""`sanhui render minutes|signin|book|cards|stats` on the demo branch, read back from the files."""
from __future__ import annotations

import os
import re
import stat

import pytest
from docx import Document as open_docx
from openpyxl import load_workbook
from pypdf import PdfReader

from sanhui.cli import main

from records_demo import CORRECTED_PLACE, demo_copy


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in PdfReader(str(path)).pages))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_copy(tmp_path_factory.mktemp("cli-render"))


def test_render_minutes_by_id_prefix_as_pdf_and_docx(demo, tmp_path, capsys):
    out = tmp_path / "记录.pdf"
    code, stdout, err = run(capsys, "--db", str(demo.path), "render", "minutes", demo.rich_id[:8], "--out", str(out))
    assert code == 0, err
    assert str(out) in stdout and "会议记录" in stdout
    text = pdf_text(out)
    assert "支部党员大会会议记录" in text and CORRECTED_PLACE in text and "更正记录" in text
    word = tmp_path / "记录.docx"
    code, _, err = run(capsys, "--db", str(demo.path), "render", "minutes", demo.rich_id, "--format", "docx",
                       "--out", str(word))
    assert code == 0, err
    assert any(CORRECTED_PLACE in cell.text for t in open_docx(str(word)).tables for r in t.rows for cell in r.cells)


def test_render_signin_book_cards_and_stats(demo, tmp_path, capsys):
    db = ["--db", str(demo.path), "render"]
    signin = tmp_path / "签到表.pdf"
    assert run(capsys, *db, "signin", demo.rich_id[:10], "--out", str(signin))[0] == 0
    assert "支部党员大会签到表" in pdf_text(signin)
    book = tmp_path / "记录本.pdf"
    code, stdout, err = run(capsys, *db, "book", "2026", "--on", "2026-11-23", "--out", str(book))
    assert code == 0, err
    reader = PdfReader(str(book))
    assert len(reader.pages) > 90
    assert "三会一课记录本" in reader.pages[0].extract_text()
    cards = tmp_path / "贺卡.docx"
    code, stdout, err = run(capsys, *db, "cards", "--month", "2026-03", "--out", str(cards))
    assert code == 0, err
    assert "政治生日贺卡" in "".join(c.text for t in open_docx(str(cards)).tables for r in t.rows for c in r.cells)
    stats = tmp_path / "统计.xlsx"
    code, stdout, err = run(capsys, *db, "stats", "2026", "--on", "2026-11-23", "--out", str(stats))
    assert code == 0, err
    assert load_workbook(stats).sheetnames[0] == "各类会议完成情况"
    stats_pdf = tmp_path / "统计.pdf"
    assert run(capsys, *db, "stats", "2026", "--format", "pdf", "--out", str(stats_pdf))[0] == 0
    assert "三会一课统计表" in pdf_text(stats_pdf)


def test_unknown_id_is_refused_in_one_chinese_sentence(demo, tmp_path, capsys):
    code, stdout, err = run(capsys, "--db", str(demo.path), "render", "minutes", "zzzz", "--out",
                            str(tmp_path / "a.pdf"))
    assert code == 1 and stdout == ""
    assert "找不到编号以“zzzz”开头的会议记录" in err and "Traceback" not in err
    assert not (tmp_path / "a.pdf").exists()


def test_out_under_a_file_is_refused_and_leaves_nothing(demo, tmp_path, capsys):
    blocker = tmp_path / "不是文件夹"
    blocker.write_text("x")
    code, stdout, err = run(capsys, "--db", str(demo.path), "render", "minutes", demo.rich_id[:8], "--out",
                            str(blocker / "记录.pdf"))
    assert code == 1 and stdout == ""
    assert "无法保存文件" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "不是文件夹"]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="a read-only folder binds no administrator")
def test_unwritable_out_is_refused_and_leaves_nothing(demo, tmp_path, capsys):
    folder = tmp_path / "只读"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        code, _, err = run(capsys, "--db", str(demo.path), "render", "signin", demo.rich_id[:8], "--out",
                           str(folder / "签到表.pdf"))
    finally:
        folder.chmod(stat.S_IRWXU)
    assert code == 1 and "无法保存文件" in err
    assert not list(folder.iterdir())


def test_out_in_a_missing_folder_is_refused(demo, tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(demo.path), "render", "book", "2026", "--out",
                       str(tmp_path / "没有这个文件夹" / "记录本.pdf"))
    assert code == 1 and "无法保存文件" in err and "文件夹不存在" in err


def test_missing_fonts_are_refused(demo, tmp_path, capsys, monkeypatch):
    from sanhui.core.documents import fonts

    monkeypatch.setattr(fonts, "_windows_candidates", lambda: [])
    monkeypatch.setattr(fonts, "_known_candidates", lambda: [])
    monkeypatch.setattr(fonts, "_fontconfig_candidates", lambda: [])
    code, _, err = run(capsys, "--db", str(demo.path), "render", "minutes", demo.rich_id[:8], "--out",
                       str(tmp_path / "a.pdf"))
    assert code == 1 and "没有找到可以嵌入的中文字体" in err
    assert not (tmp_path / "a.pdf").exists()


def test_bad_month_is_wrong_usage(demo, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(demo.path), "render", "cards", "--month", "2026-13", "--out", str(tmp_path / "c.pdf")])
    assert exit_info.value.code == 2
    assert "2026-03" in capsys.readouterr().err
