"""taskctl schedules list|create|delete."""

from __future__ import annotations

import argparse

from taskclient.cli import render
from taskclient.cli.inputs import task_data
from taskclient.cli.parser import Exit
from taskclient.cli.render import Output
from taskclient.client import AsyncClient


async def schedules(args: argparse.Namespace, client: AsyncClient, out: Output) -> Exit:
    if args.action == "create":
        data = task_data(args.data)  # before any request: a bad --data creates nothing
        created = await client.create_schedule(
            args.project, args.type, data, cron=args.cron, every_seconds=args.every, name=args.name,
            enabled=not args.disabled,
        )  # fmt: skip
        if out.json:
            out.document(created)
        else:
            out.out.print(render.schedules_table([created]))
    elif args.action == "delete":
        await client.delete_schedule(args.project, args.schedule_id)
        if out.json:
            out.document({"deleted": args.schedule_id})
        else:
            out.say(f"schedule {args.schedule_id} deleted")
    else:
        found = await client.schedules(args.project)
        if out.json:
            out.document({"schedules": found})
        elif not found:
            out.say(f"no schedules in {args.project}")
        else:
            out.out.print(render.schedules_table(found))
    return Exit.OK
