"""A guard against a PySide6 6.12 defect on Python 3.10 and 3.11.

The PySide6 6.12 wheels are ``abi3`` builds compiled with the headers of a
Python where None, True and False are immortal (3.12+, PEP 683), so the
generated code no longer adds a reference when it returns them: every call
of a method returning nothing (``label.setText``, ``widget.show``...)
takes one reference away from None, every ``signal.emit`` one from True.
On 3.12+ that is harmless; on 3.10/3.11 Python aborts after a few thousand
calls with "Fatal Python error: none_dealloc: deallocating None".

``pin_singletons`` gives these objects a reference count they cannot run
out of, which is what 3.12 does for them anyway. It is a no-op on 3.12+ and
on debug builds (whose object header differs). Remove it when the project
requires Python 3.12 or a PySide6 that adds the references again.
"""
from __future__ import annotations

import sys

PIN = 1 << 40  # references added; a session would need 10^12 leaking calls to use them up


def pin_singletons() -> bool:
    """Make None, True and False effectively immortal on Python < 3.12; returns whether it did."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount") or sys.implementation.name != "cpython":
        return False
    import ctypes

    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of PyObject
        if count.value < PIN:
            count.value += PIN
    return True
