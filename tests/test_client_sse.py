"""taskclient.sse: the event stream decoder, on bytes as a server may send and split them."""

from __future__ import annotations

import pytest
from taskclient import ProtocolError
from taskclient.sse import ServerSentEvent, SSEDecoder


def decode(*chunks: bytes) -> tuple[list[ServerSentEvent], SSEDecoder]:
    decoder = SSEDecoder()
    events = [event for chunk in chunks for event in decoder.feed(chunk)]
    return events, decoder


def byte_by_byte(stream: bytes) -> list[ServerSentEvent]:
    return decode(*(stream[i : i + 1] for i in range(len(stream))))[0]


STREAM = b': hello\nretry: 1500\nevent: task\nid: 7\ndata: {"a":\ndata:  1}\n\nevent: reset\ndata\n\ndata: x\n\n'
EXPECTED = [
    ServerSentEvent("task", '{"a":\n 1}', "7"),
    ServerSentEvent("reset", "", "7"),  # a bare `data` line is an empty data line; the id persists
    ServerSentEvent("message", "x", "7"),  # no `event:`: the default type
]


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"])
def test_every_line_ending_gives_the_same_events(eol: bytes) -> None:
    stream = STREAM.replace(b"\n", eol)
    events, decoder = decode(stream)
    assert events == EXPECTED
    assert (decoder.retry_ms, decoder.last_event_id) == (1500, "7")
    assert byte_by_byte(stream) == EXPECTED


def test_a_crlf_split_across_chunks_is_one_line_end() -> None:
    # read as two line ends, the LF would be an empty line and dispatch "a" alone
    events, _ = decode(b"data: a\r", b"\ndata: b\r\n\r", b"\n")
    assert events == [ServerSentEvent("message", "a\nb", "")]


def test_ids_persist_reset_and_refuse_nul() -> None:
    events, decoder = decode(b"id: 1\ndata: a\n\ndata: b\n\nid: 2\0\ndata: c\n\nid\ndata: d\n\n")
    assert [(e.data, e.id) for e in events] == [("a", "1"), ("b", "1"), ("c", "1"), ("d", "")]
    assert decoder.last_event_id == ""


def test_an_event_without_data_is_not_dispatched_but_its_id_counts() -> None:
    events, decoder = decode(b"event: task\nid: 9\n\n")
    assert events == [] and decoder.last_event_id == "9"


def test_comments_unknown_fields_and_bad_retry_are_ignored() -> None:
    events, decoder = decode(b": keep-alive\nfoo: bar\nretry: soon\nretry: \xc2\xb2\ndata:x\n\n")
    assert events == [ServerSentEvent("message", "x", "")] and decoder.retry_ms is None


def test_only_one_space_after_the_colon_is_dropped() -> None:
    assert decode(b"data:  two\ndata:none\n\n")[0][0].data == " two\nnone"


def test_a_leading_byte_order_mark_is_dropped_even_split_and_only_at_the_start() -> None:
    bom = b"\xef\xbb\xbf"
    assert decode(bom[:1], bom[1:] + b"data: a\n\n")[0] == [ServerSentEvent("message", "a", "")]
    # later, the mark is part of the field name: "\ufeffdata" is no field, so "b" is never data
    assert decode(b"data: a\n\n" + bom + b"data: b\n\n")[0] == [ServerSentEvent("message", "a", "")]


def test_multibyte_characters_split_across_chunks_survive() -> None:
    data = "événement ✓".encode()
    assert decode(b"data: " + data[:2], data[2:7], data[7:] + b"\n\n")[0][0].data == "événement ✓"


def test_an_event_cut_off_by_the_end_of_the_stream_is_dropped() -> None:
    events, decoder = decode(b"data: a\n\nid: 2\ndata: b\n")
    assert [e.data for e in events] == ["a"] and decoder.last_event_id == ""


def test_oversized_lines_and_events_are_refused() -> None:
    with pytest.raises(ProtocolError):
        SSEDecoder(max_event_bytes=100).feed(b"data: " + b"x" * 200)
    decoder = SSEDecoder(max_event_bytes=100)
    with pytest.raises(ProtocolError):
        decoder.feed(b"data: " + b"x" * 60 + b"\n" + b"data: " + b"x" * 60 + b"\n")
