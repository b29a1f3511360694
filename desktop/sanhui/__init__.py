"""Sanhui (三会一课助手): offline records of a village Party branch's organisational life."""

__version__ = "0.1.0"
