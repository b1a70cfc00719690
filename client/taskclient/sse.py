"""A Server-Sent Events decoder (WHATWG HTML, "Interpreting an event stream"): bytes in, events out.

CRLF, LF and lone CR end lines (a CR at the end of one chunk and an LF at the start of the next are one
line end); comments are skipped; multi-line `data` is joined with LF; `id` persists across events; `retry`
is kept for the reconnect delay; an event cut off by the end of the stream is dropped, as browsers do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from taskclient.errors import ProtocolError

_EOL = re.compile(rb"\r\n|\r|\n")
_BOM = b"\xef\xbb\xbf"
#: A task event carries the task object (task_data up to the server's 1 MiB body limit, and its result).
DEFAULT_MAX_EVENT_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    event: str
    data: str
    #: the stream's last event id when this event was dispatched ("" if none was ever set)
    id: str


class SSEDecoder:
    """Feed it the body as it arrives; it returns each complete event."""

    def __init__(self, max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES) -> None:
        self.max_event_bytes = max_event_bytes
        #: what a reconnect sends as Last-Event-ID
        self.last_event_id = ""
        #: the server's reconnection time in milliseconds (`retry:`), if it sent one
        self.retry_ms: int | None = None
        self._buffer = bytearray()
        self._started = False
        self._after_cr = False
        self._event = ""
        self._data: list[str] = []
        self._data_bytes = 0
        self._id = ""

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        if self._after_cr and chunk[:1] == b"\n":
            chunk = chunk[1:]  # the LF of a CRLF split across chunks
        self._after_cr = False
        self._buffer += chunk
        if not self._started and not self._skip_bom():
            return []
        events: list[ServerSentEvent] = []
        start = 0
        for end in _EOL.finditer(self._buffer):
            events += self._line(bytes(self._buffer[start : end.start()]))
            start = end.end()
        self._after_cr = start == len(self._buffer) and self._buffer.endswith(b"\r")
        del self._buffer[:start]
        if len(self._buffer) > self.max_event_bytes:
            raise ProtocolError(f"an event stream line is longer than {self.max_event_bytes} bytes")
        return events

    def _skip_bom(self) -> bool:
        """Drop one leading byte order mark; False while the first bytes could still be one."""
        if len(self._buffer) < len(_BOM) and _BOM.startswith(self._buffer):
            return False
        if self._buffer.startswith(_BOM):
            del self._buffer[: len(_BOM)]
        self._started = True
        return True

    def _line(self, raw: bytes) -> list[ServerSentEvent]:
        if not raw:
            return self._dispatch()
        line = raw.decode("utf-8", "replace")
        if line.startswith(":"):
            return []  # a comment: the server's keep-alive
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data_bytes += len(raw)
            if self._data_bytes > self.max_event_bytes:
                raise ProtocolError(f"an event is larger than {self.max_event_bytes} bytes")
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self.retry_ms = int(value)
        return []  # other fields are ignored, as the standard says

    def _dispatch(self) -> list[ServerSentEvent]:
        self.last_event_id = self._id
        data, event = self._data, self._event
        self._data, self._event, self._data_bytes = [], "", 0
        if not data:
            return []
        return [ServerSentEvent(event or "message", "\n".join(data), self.last_event_id)]
