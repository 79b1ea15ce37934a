"""The one object listeners and the command line call: catalog + store + the radar core."""

from __future__ import annotations

import logging
import sqlite3
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import bot.messages.conversation  # noqa: F401  (registers the renderers of answers given in threads)
from bot.config import Settings
from bot.messages.blocks import SHARE_ACTION, Message, render, with_share_button, without_actions
from bot.radar.answers import Radar
from bot.radar.catalog import Catalog, load_catalog
from bot.radar.commands import Command, parse
from bot.radar.language.conversation import Reply, Waiter
from bot.radar.language.lookup import ToolIndex, find_ring
from bot.radar.language.understanding import Intent
from bot.radar.team import TeamRadar
from bot.services import sharing
from bot.services.threads import ThreadKey, Threads
from bot.services.votes import PollConfig, TeamVotes
from bot.storage.store import Store

log = logging.getLogger(__name__)

ANSWER_CACHE_SIZE = 1024
LOCAL_TEAM = "local"  # the team id the console and command line use without Slack
LOCAL_THREAD = "local"  # the one thread the console and command line talk in
MENTION_PREFIXES = ("@radar", "@mlops radar", "@mlops-radar")
# what a sub-command's answer is, in the intents a question is understood as
SLASH_INTENTS = {"ring": "list", "quadrant": "list", "category": "list", "rings": "concept", "quadrants": "concept"}


@dataclass(frozen=True)
class Caller:
    """Who is asking, and where: enough to keep each workspace's radar its own."""

    team_id: str
    user_id: str = ""
    channel_id: str = ""


# A sub-command that needs more than the pure core (the store, settings): (caller, argument) -> reply
CommandHandler = Callable[[Caller, str], Message]
# A sub-command that calls the Web API, answered after the acknowledgement: (caller, argument) -> reply
SlackCommandHandler = Callable[[Caller, str], Awaitable[Message]]


@dataclass
class RadarService:
    catalog: Catalog
    store: Store
    settings: Settings = field(default_factory=Settings)
    index: ToolIndex = field(init=False)
    handlers: dict[str, CommandHandler] = field(default_factory=dict)
    # keyed by sub-command ("chart") or sub-command and first word ("poll close")
    slack_handlers: dict[str, SlackCommandHandler] = field(default_factory=dict)
    votes: TeamVotes = field(init=False)
    _teams: dict[str, tuple[int, TeamRadar]] = field(default_factory=dict, init=False, repr=False)
    _answers: OrderedDict[tuple[str, str, int], Message] = field(default_factory=OrderedDict, init=False, repr=False)
    threads: Threads = field(init=False)
    _waiter: Waiter | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.index = ToolIndex(self.catalog)
        self.threads = Threads(self.store)
        self.votes = TeamVotes(self, PollConfig.from_settings(self.settings))
        self.votes.install()
        sharing.install(self)

    @classmethod
    def from_settings(cls, settings: Settings) -> RadarService:
        return cls(load_catalog(settings.catalog_dir), Store(settings.db_path), settings)

    def team(self, team_id: str) -> TeamRadar:
        # the radar only changes when the database does; a cheap version check spares a query per request
        version = self.store.version()
        cached = self._teams.get(team_id)
        if cached and cached[0] == version:
            return cached[1]
        team = TeamRadar(self.catalog, self.store.latest_moves(team_id))
        self._teams[team_id] = (version, team)
        return team

    def radar(self, team_id: str) -> Radar:
        return Radar(self.team(team_id), self.index)

    def default_team(self) -> str:
        """The workspace the command line speaks for: the only one with votes, else the local one."""
        teams = self.store.teams()
        return teams[0] if len(teams) == 1 else LOCAL_TEAM

    def ask(self, caller: Caller, text: str) -> Message:
        """Answer console or command-line input: `/radar ...`, `@radar <question>` or a plain tool name."""
        stripped = text.strip()
        question = mention_text(stripped)
        if question is not None:
            return self.mention(caller, LOCAL_THREAD, question).message
        if stripped.lower().startswith("/radar"):
            stripped = stripped[len("/radar") :]
        return self.command(caller, stripped)

    @property
    def waiter(self) -> Waiter:
        # built on the first question, so that slash commands and start-up do not pay for it
        if self._waiter is None:
            self._waiter = Waiter(self.catalog, self.index)
        return self._waiter

    def mention(self, caller: Caller, thread_ts: str, text: str) -> ThreadReply:
        """Answer a question asked in words (a mention, a direct message, `@radar` in the console) in its thread."""
        reply = self._converse(caller, thread_ts, text)
        message = render(reply.answer)
        # the reply is already public in the thread: a "share in channel" button would only repeat it
        return ThreadReply(
            Message(message.text, without_actions(message.blocks, {SHARE_ACTION}), message.tool_ids), reply.intent.value
        )

    def _converse(self, caller: Caller, thread_ts: str, text: str) -> Reply:
        """The waiter's reply in a conversation, remembered for its follow-ups."""
        key = ThreadKey(caller.team_id, caller.channel_id, thread_ts)
        # thread memory only sharpens follow-ups: a database that cannot be read or written
        # costs the context, never the answer
        try:
            memory = self.threads.recall(key)
        except sqlite3.Error:
            log.warning("thread context could not be read; answering without it", exc_info=True)
            memory = None
        reply = self.waiter.reply(self.radar(caller.team_id), text, memory)
        try:
            self.threads.remember(key, reply.memory)
        except sqlite3.Error:
            log.warning("thread context could not be saved; the next follow-up starts afresh", exc_info=True)
        return reply

    def first_delivery(self, team_id: str, event_id: str, channel_id: str, ts: str) -> bool:
        """Whether this event (and the message it carries) is seen for the first time: answer only then."""
        try:
            return self.threads.first_time(*delivery_keys(team_id, event_id, channel_id, ts))
        except sqlite3.Error:
            # Slack has its acknowledgement and will not resend: answering twice is the lesser risk
            log.warning("could not record event %s as answered; answering anyway", event_id, exc_info=True)
            return True

    def forget_delivery(self, team_id: str, event_id: str, channel_id: str, ts: str) -> None:
        self.threads.release(*delivery_keys(team_id, event_id, channel_id, ts))

    def slack_handler(self, text: str) -> Callable[[Caller], Awaitable[Message]] | None:
        """The Web API handler for `/radar <text>`, if one is registered, bound to its argument."""
        parsed = parse(text)
        first, _, rest = parsed.argument.partition(" ")
        for key, argument in ((f"{parsed.name} {first.lower()}", rest.strip()), (parsed.name, parsed.argument)):
            handler = self.slack_handlers.get(key)
            if handler:
                return lambda caller: handler(caller, argument)
        return None

    def command(self, caller: Caller, text: str) -> Message:
        """Answer `/radar <text>` for a workspace."""
        return self.slash(caller, text).message

    def _is_a_question(self, parsed: Command) -> bool:
        """Whether `/radar` text is a question in words rather than a sub-command or a bare tool name."""
        if parsed.name == "lookup":
            return self.index.exact(parsed.argument) is None
        if parsed.name == "compare":
            return sum(m.tool is not None for m in self.index.split_many(parsed.argument)) < 2
        if parsed.name == "ring":
            return find_ring(self.catalog, parsed.argument) is None
        if parsed.name == "help":
            return bool(parsed.argument)
        return False

    def slash(self, caller: Caller, text: str) -> ThreadReply:
        """Answer `/radar <text>`: a sub-command, a tool's name, or any question, understood as in a thread."""
        parsed = parse(text)
        handler = self.handlers.get(parsed.name)
        if handler:
            return ThreadReply(handler(caller, parsed.argument), parsed.name)
        if self._is_a_question(parsed):
            reply = self._converse(caller, f"slash:{caller.user_id}", text)
            # an unknown name keeps the lookup's own answer: close names and a button to propose it
            if not (reply.intent is Intent.UNKNOWN and reply.answer_is_a_name):
                return ThreadReply(with_share_button(render(reply.answer), text.strip()), reply.intent.value)
        # answers are pure functions of (team radar, text): repeated questions are served from memory
        key = (caller.team_id, text.strip(), self.store.version())
        message = self._answers.get(key)
        if message is None:
            message = render(self.radar(caller.team_id).answer(parsed), query=text.strip())
            self._answers[key] = message
            if len(self._answers) > ANSWER_CACHE_SIZE:
                self._answers.popitem(last=False)
        return ThreadReply(
            message,
            SLASH_INTENTS.get(parsed.name, parsed.name) if message.tool_ids or parsed.name != "lookup" else "unknown",
        )


@dataclass(frozen=True)
class ThreadReply:
    """A reply to a question asked in words, with the intent it was understood as."""

    message: Message
    intent: str


def mention_text(text: str) -> str | None:
    """The question in `@radar <question>` (or a Slack mention `<@U...> question`), else None."""
    lowered = text.lower()
    for prefix in MENTION_PREFIXES:
        if lowered.startswith(prefix) and (len(text) == len(prefix) or not text[len(prefix)].isalnum()):
            return text[len(prefix) :].lstrip(" ,:")
    if text.startswith("<@") and ">" in text:
        return text
    return None


def delivery_keys(team_id: str, event_id: str, channel_id: str, ts: str) -> list[str]:
    # the same message can arrive as two events (a mention in a direct message): key both
    keys = [f"event:{event_id}"] if event_id else []
    if channel_id and ts:
        keys.append(f"message:{team_id}:{channel_id}:{ts}")
    return keys
