"""Acknowledged means replicated (REDIS_WAIT_REPLICAS): the WAIT that follows a durable write.

Redis replicates asynchronously: a master that dies right after answering takes its last writes with it, and
Sentinel promotes a replica that never had them. `WAIT n timeout` on the connection that wrote returns once n
replicas hold everything that connection wrote (or at the timeout, with how many do). The storage sends it after
the scripts whose answer a client relies on: create and create_batch (the 202 of a submit) and finish (every final
transition: a worker's end, a cancel, the reconciler's verdict), never after start or progress. With it off no
command is added. Replication is still asynchronous: a write that did not reach enough replicas in time is not
undone; the caller is told (NotReplicated) and it may or may not survive a failover.
"""

from __future__ import annotations

from typing import NamedTuple


class Durability(NamedTuple):
    """WAIT's arguments: how many replicas must hold a write, and for how long to wait for them."""

    replicas: int
    timeout_ms: int
