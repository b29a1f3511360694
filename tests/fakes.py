"""Test data: the synthetic roster generator of the product, re-exported for the tests."""
from sanhui.core.synth import GROUP_NAMES, make_members, to_member, write_csv, write_xlsx

__all__ = ["GROUP_NAMES", "make_members", "to_member", "write_csv", "write_xlsx"]
