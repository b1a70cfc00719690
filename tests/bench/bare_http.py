"""The HTTP ceiling: `python -m tests.bench.bare_http --port P`, a bare aiohttp handler with a fixed JSON body.

It runs on the same event loop (uvloop) as the API, reads the request body as the API does, and answers
202 with a body the size of a task object; no auth, validation, storage or access log.
"""

from __future__ import annotations

import argparse
import asyncio

from aiohttp import web

from service.eventloop import new_event_loop

BODY = (
    b'{"task_id":"00000000-0000-4000-8000-000000000000","project_id":"bench","task_type":"echo",'
    b'"status":"queued","task_data":{"n":1},"result":null,"error":null,"progress":0,"attempts":0,'
    b'"metadata":{},"callback_url":null,"created_at":"2026-01-01T00:00:00.000000Z",'
    b'"updated_at":"2026-01-01T00:00:00.000000Z","started_at":null,"completed_at":null}'
)


async def submit(request: web.Request) -> web.Response:
    await request.read()
    return web.Response(body=BODY, status=202, content_type="application/json")


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def serve(host: str, port: int) -> None:
    app = web.Application()
    app.router.add_routes([web.post("/api/v1/tasks/submit", submit), web.get("/api/v1/health", health)])
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    try:
        await asyncio.Event().wait()  # until SIGTERM ends the process
    finally:
        await runner.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bare_http")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    with asyncio.Runner(loop_factory=new_event_loop) as runner:
        runner.run(serve(args.host, args.port))


if __name__ == "__main__":
    main()
