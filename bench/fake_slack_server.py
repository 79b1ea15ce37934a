"""Runs the tests' fake Slack Web API as its own process for benchmarks: prints its base URL."""

from __future__ import annotations

import asyncio

from tests.support.fake_slack import FakeSlack


async def main() -> None:
    slack = await FakeSlack().start()
    print(slack.base_url, flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
