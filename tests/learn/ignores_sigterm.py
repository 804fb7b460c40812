"""Imported first by a test's fitting child (tests/learn/test_fit_process_close.py): the child then ignores SIGTERM, as
one stuck where the signal cannot end it would."""
import signal

signal.signal(signal.SIGTERM, signal.SIG_IGN)
