"""The exception hierarchy: each error code its class, with where the problem is."""

from __future__ import annotations

import os
import pickle

import pytest

import inclusio
from conftest import SMALL_PLAN_JSON

HEADER = '{"format": "inclusio", "schema_version": "1.0",\n'


def test_a_syntax_error_says_line_column_offset_and_pointer():
    text = HEADER + ' "territories": [\n  {"id": "kh",, "name": "Kutná Hora"}]}'
    with pytest.raises(inclusio.ParseError) as caught:
        inclusio.loads(text)
    error = caught.value
    assert (error.line, error.column, error.offset) == (3, 15, 80)
    assert error.pointer == "/territories/0/id"
    assert error.reason == "unexpected ','"
    assert error.code == "parse"
    assert str(error) == "line 3, column 15: unexpected ',' (near /territories/0/id)"


def test_columns_count_characters_not_bytes():
    text = HEADER + ' "territories": [{"name": "Žďár nad Sázavou" x}]}'
    with pytest.raises(inclusio.ParseError) as caught:
        inclusio.loads(text)
    assert (caught.value.line, caught.value.column) == (2, 46)


def test_invalid_utf8_is_a_parse_error_naming_the_byte():
    with pytest.raises(inclusio.ParseError, match="byte 0xFF") as caught:
        inclusio.loads(HEADER.encode() + b' "currency": "CZ\xff"}')
    assert caught.value.line == 2


def test_nesting_beyond_the_limit_is_a_limit_error():
    with pytest.raises(inclusio.LimitError) as caught:
        inclusio.loads("[" * 10, max_depth=5)
    assert isinstance(caught.value, inclusio.ParseError)
    assert caught.value.code == "limit"
    assert caught.value.column == 6


def test_not_an_inclusio_document_is_a_format_error_s001():
    with pytest.raises(inclusio.FormatError) as caught:
        inclusio.loads('{"format": "x", "schema_version": "1.0"}')
    assert caught.value.rule == "S001"
    assert caught.value.pointer == "/format"
    assert caught.value.line == 0


def test_a_duplicate_key_is_a_format_error_with_its_position():
    with pytest.raises(inclusio.FormatError) as caught:
        inclusio.loads(HEADER + ' "currency": "CZK", "currency": "EUR"}')
    assert (caught.value.line, caught.value.pointer) == (2, "/currency")


def test_strict_loading_lists_every_problem_with_its_pointer():
    text = HEADER + ' "territories": [{"id": "a", "kind": "town"}]}'
    assert inclusio.loads(text).territories[0].kind == "town"
    with pytest.raises(inclusio.SchemaError) as caught:
        inclusio.loads(text, strict=True)
    error = caught.value
    assert [(p.rule, p.pointer) for p in error.problems] == [("S004", "/territories/0/kind"), ("S002", "/territories/0")]
    assert error.pointer == "/territories/0/kind"
    assert error.problems[1].message == 'required field "name" of the territory is missing'


def test_a_missing_file_is_a_file_error_and_an_oserror(tmp_path):
    with pytest.raises(inclusio.FileError) as caught:
        inclusio.load(tmp_path / "chybí.json")
    assert isinstance(caught.value, OSError)
    assert "chybí.json" in str(caught.value)


@pytest.mark.parametrize("call, message", [
    (lambda d: d.validate(as_of="2023-02-30"), "as_of '2023-02-30': no such day in the calendar"),
    (lambda d: d.validate(profile={"rules": {"Z999": "off"}}), 'unknown rule code "Z999"'),
    (lambda d: d.validate(profile="lenient"), "lenient"),
    (lambda d: d.validate(lang="de"), "unknown language 'de' (en or cs)"),
    (lambda d: d.progress_frame(at_risk_margin=0.5, off_track_margin=0.2), "margin"),
    (lambda d: d.frame("budgets"), "no table 'budgets'"),
])
def test_bad_arguments_are_invalid_argument_errors_and_value_errors(small_plan, call, message):
    with pytest.raises(inclusio.InvalidArgumentError) as caught:
        call(small_plan)
    assert isinstance(caught.value, ValueError)
    assert message in str(caught.value)


def test_every_error_is_an_inclusio_error_and_pickles_with_its_details():
    try:
        inclusio.loads(HEADER + ' "territories": [}')
    except inclusio.Error as error:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is inclusio.ParseError
        assert (copy.line, copy.column, copy.pointer, copy.message) == (error.line, error.column, error.pointer,
                                                                         error.message)
    try:
        inclusio.loads(HEADER + ' "territories": [{"id": "a"}]}', strict=True)
    except inclusio.SchemaError as error:
        assert pickle.loads(pickle.dumps(error)).problems == error.problems


def test_no_untranslated_native_exception_reaches_python(small_plan):
    # Every failure of the native module arrives as an inclusio.Error subclass.
    for call in (lambda: inclusio.loads(b"\x00"), lambda: small_plan.remove("/nope"),
                 lambda: small_plan.set("/plans/x/title", "x"),
                 lambda: inclusio._native.load_string(b"{}", False, 64)):
        with pytest.raises(inclusio.Error):
            call()


def test_a_nul_in_a_path_is_refused_as_open_refuses_it(tmp_path):
    # "a\0/etc/x.json" must not load "a".
    (tmp_path / "a").write_text(SMALL_PLAN_JSON, encoding="utf-8")
    cut = str(tmp_path / "a") + "\0/etc/x.json"
    doc = inclusio.loads(SMALL_PLAN_JSON)
    for call in (lambda: inclusio.load(cut), lambda: doc.save(cut), lambda: inclusio.validate_file(cut),
                 lambda: inclusio.validate_many([cut]), lambda: inclusio.load(cut.encode())):
        with pytest.raises(ValueError, match="embedded null byte"):
            call()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]


def test_limits_of_the_options_are_refused_with_their_range():
    with pytest.raises(inclusio.InvalidArgumentError, match="max_depth is 1 to 5000, not 1000000000"):
        inclusio.loads("[" * 200_000, max_depth=10**9)
    with pytest.raises(inclusio.InvalidArgumentError, match="indent is 0 to 16 spaces, not -1"):
        inclusio.loads(SMALL_PLAN_JSON).dumps(indent=-1)
    with pytest.raises(inclusio.InvalidArgumentError, match="indent is 0 to 16 spaces, not 1000000"):
        inclusio.loads(SMALL_PLAN_JSON).dumps(indent=10**6)


def test_ctrl_c_during_a_long_load_stops_the_load_itself():
    """The core reads without the GIL; a SIGINT arriving meanwhile must raise KeyboardInterrupt from
    within the native load (between two 64 KiB chunks), not once the whole input has been read. The
    input ends in a syntax error: a load that ran to the end would raise ParseError first, and the
    KeyboardInterrupt would come while handling it."""
    import signal
    import sys
    import threading

    # About 20 MB of unknown members: a load long enough for the signal to arrive while it runs.
    text = ('{"format": "inclusio", "schema_version": "1.0", "x_padding": ['
            + ",".join(['"Obec Žďár nad Sázavou"'] * 800_000) + "]}}").encode()
    in_native_load = threading.Event()

    def profile(frame, event, arg):
        if event == "c_call" and getattr(arg, "__name__", "") == "load_string":
            in_native_load.set()

    def interrupt():
        in_native_load.wait()
        os.kill(os.getpid(), signal.SIGINT)

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    sender = threading.Thread(target=interrupt)
    sender.start()
    sys.setprofile(profile)
    try:
        with pytest.raises(KeyboardInterrupt) as stopped:
            inclusio.loads(text)
    finally:
        sys.setprofile(None)
        signal.signal(signal.SIGINT, previous)
        sender.join()
    assert stopped.value.__context__ is None
