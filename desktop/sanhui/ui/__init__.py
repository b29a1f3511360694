"""The PySide6 front end. Importing it first guards against a PySide6 6.12 defect (see compat.py)."""
from sanhui.ui.compat import pin_singletons

pin_singletons()
