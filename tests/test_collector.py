"""core/collector.py: the garbage collector on the app's schedule, with the real collector."""

from __future__ import annotations

import gc
import weakref

from provtui.core import collector
from provtui.core.collector import NEVER, Pacer


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def cycle() -> weakref.ref:
    node = Node()
    ref = weakref.ref(node)
    del node
    return ref


def test_a_step_frees_new_cycles_and_freezes_what_survives() -> None:
    pacer = Pacer()
    saved = gc.get_threshold()
    try:
        pacer.start()
        assert gc.get_threshold()[2] == NEVER  # no automatic full passes
        assert collector.pacer() is pacer
        garbage = cycle()
        keep = Node()
        frozen_before = gc.get_freeze_count()
        pacer.step()
        assert garbage() is None  # collected by the step
        assert gc.get_freeze_count() > frozen_before  # the survivor (keep) is frozen now
        assert pacer.steps == 1 and pacer.step_s_max >= 0
        del keep
    finally:
        pacer.stop()
    assert gc.get_threshold() == saved and collector.pacer() is None


def test_garbage_among_frozen_objects_waits_for_the_rebase() -> None:
    pacer = Pacer()
    try:
        pacer.start()
        node = Node()
        ref = weakref.ref(node)
        pacer.step()  # node survives: frozen
        del node      # now garbage, but frozen: a step does not walk it
        pacer.step()
        assert ref() is not None
        assert not pacer.dirty  # no whole pass at start-up: only once a session made garbage
        pacer.dirty = True      # (the app sets it while a session is live)
        pacer.rebase()
        assert ref() is None and not pacer.dirty and pacer.rebases == 1
    finally:
        pacer.stop()


def test_hold_and_release_leave_a_running_pacer_alone() -> None:
    pacer = Pacer()
    try:
        pacer.start()
        frozen = gc.get_freeze_count()
        collector.hold()
        collector.release()  # would unfreeze everything without the pacer's say
        assert gc.get_freeze_count() >= frozen
        assert gc.get_threshold()[2] == NEVER
    finally:
        pacer.stop()


def test_hold_without_a_pacer_holds_full_passes_and_release_restores() -> None:
    saved = gc.get_threshold()
    collector.hold()
    collector.hold()  # nested: two consumers
    try:
        assert gc.get_threshold()[2] == NEVER
        collector.release()
        assert gc.get_threshold()[2] == NEVER  # one consumer still streams
    finally:
        collector.release()
    assert gc.get_threshold() == saved
    collector.release()  # one release too many is harmless
    assert gc.get_threshold() == saved
