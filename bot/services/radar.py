"""Answering `/radar`, mentions and the console: the command table, questions in words, thread memory."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.config import Settings
from bot.messages.blocks import SHARE_ACTION, Message, refusal, with_share_button, without_actions
from bot.messages.render import render
from bot.messages.sharing import chart_elsewhere
from bot.radar.catalog import load_catalog
from bot.radar.commands import Command
from bot.radar.language.conversation import REMEMBERED_TOOLS, Capabilities, Reply, Waiter
from bot.radar.language.lookup import find_category, find_quadrant, find_ring
from bot.radar.language.question import Intent, Memory
from bot.services.commands import CommandTable, Handler, SubCommand
from bot.services.sharing import web_command
from bot.services.threads import ThreadKey, Threads
from bot.services.votes import PollConfig, TeamVotes
from bot.services.workspace import LOCAL_TEAM, Caller, Workspace
from bot.storage.store import Store

__all__ = ["LOCAL_TEAM", "Caller", "RadarService", "ThreadReply"]

log = logging.getLogger(__name__)

ANSWER_CACHE_SIZE = 1024
LOCAL_THREAD = "local"  # the one thread the console and command line talk in
MENTION_PREFIXES = ("@radar", "@mlops radar", "@mlops-radar")
# what a sub-command's answer is, in the intents a question is understood as
SLASH_INTENTS = {"ring": "list", "quadrant": "list", "category": "list", "rings": "concept", "quadrants": "concept"}
ALIASES = {"vs": "compare", "list": "ring", "cat": "category", "?": "help", "--help": "help", "-h": "help"}


@dataclass
class RadarService(Workspace):
    """The one object listeners, the web page and the command line call."""

    poll_config: PollConfig | None = None  # default: from the settings
    votes: TeamVotes = field(init=False)
    threads: Threads = field(init=False)
    commands: CommandTable = field(init=False)
    _answers: OrderedDict[tuple[str, str, int], Message] = field(default_factory=OrderedDict, init=False, repr=False)
    _waiter: Waiter | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.threads = Threads(self.store)
        self.votes = TeamVotes(self, self.poll_config or PollConfig.from_settings(self.settings), self.clock)
        self.commands = self._command_table()

    @classmethod
    def from_settings(cls, settings: Settings) -> RadarService:
        return cls(load_catalog(settings.catalog_dir), Store(settings.db_path), settings)

    def _command_table(self) -> CommandTable:
        """Everything `/radar` understands, in the order help lists it; the manifest and the README are checked
        against it."""
        votes = self.votes
        return CommandTable(
            [
                SubCommand(
                    "lookup",
                    "/radar <tool or question>",
                    "Explain a tool, or answer a question in words",
                    self._look_up_or_ask,
                ),
                SubCommand(
                    "compare",
                    "/radar compare <a> <b> [<c>]",
                    "Two or three tools side by side",
                    self._core("compare"),
                    fits=self._names_two_tools,
                ),
                SubCommand(
                    "ring",
                    "/radar ring <adopt|trial|assess|hold>",
                    "Every tool in a ring",
                    self._core("ring"),
                    fits=self._names_a_ring,
                ),
                SubCommand(
                    "quadrant",
                    "/radar quadrant <name>",
                    "Every tool in a quadrant, by category",
                    self._core("quadrant"),
                    fits=self._names_a_quadrant,
                ),
                SubCommand(
                    "category",
                    "/radar category <name>",
                    "Every tool in a category",
                    self._core("category"),
                    fits=self._names_a_category,
                ),
                SubCommand(
                    "rings",
                    "/radar rings",
                    "What the four rings mean and what to do with their tools",
                    self._core("rings"),
                ),
                SubCommand(
                    "quadrants",
                    "/radar quadrants",
                    "The map: two axes, four quadrants and their categories",
                    self._core("quadrants"),
                ),
                SubCommand(
                    "propose",
                    "/radar propose <tool> <ring> <why>",
                    "Put a tool on the next weekly poll, towards a ring",
                    votes.propose_command,
                ),
                SubCommand(
                    "history",
                    "/radar history <tool>",
                    "Every ring move the team voted for a tool",
                    votes.history_command,
                ),
                SubCommand(
                    "poll",
                    "/radar poll",
                    "The open poll and its counts, or when the next opens",
                    votes.poll_command,
                    words=(
                        SubCommand(
                            "close",
                            "/radar poll close",
                            "Admins: close the open poll now",
                            lambda caller, argument: votes.poll_command(caller, "close"),
                            later=lambda api: api.close_poll,
                        ),
                        SubCommand(
                            "open",
                            "/radar poll open",
                            "Admins: open this week's poll now",
                            lambda caller, argument: votes.poll_command(caller, "open"),
                            later=lambda api: api.open_poll,
                        ),
                    ),
                ),
                SubCommand(
                    "chart",
                    "/radar chart [all] [quadrant]",
                    "Post a picture of the team's radar (all: the whole catalog), or of one quadrant, in the channel",
                    lambda caller, argument: chart_elsewhere(),
                    later=lambda api: api.post_chart,
                ),
                SubCommand(
                    "edit",
                    "/radar edit <tool>",
                    "Admins: change a tool's ring, note or owner without a poll, or retire it",
                    lambda caller, argument: refusal(
                        "Editing the radar opens a form: type `/radar edit <tool>` in Slack."
                    ),
                    later=lambda api: api.edit_tool,
                ),
                SubCommand(
                    "subscribe",
                    "/radar subscribe [off]",
                    "This channel hears about poll results, new entries, moves and retirements",
                    votes.subscribe_command,
                ),
                SubCommand(
                    "web",
                    "/radar web",
                    "A link to the team's radar page: the picture, a searchable table, each tool's history",
                    lambda caller, argument: web_command(self, caller),
                ),
                SubCommand("help", "/radar help", "This list", self._help, fits=lambda argument: not argument),
            ],
            ALIASES,
        )

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

    def prepare_for_questions(self) -> None:
        """Build the understanding and load its word lists now, for a server about to take questions.

        Otherwise the first person to ask after a deploy waits a third of a second for them, and
        what is built late escapes the start-up heap freeze, so every garbage collection walks it."""
        self.waiter.understander.understand("we need a feature store, is kedro on trial?")
        self.waiter.recommender.read_descriptions()

    def mention(self, caller: Caller, thread_ts: str, text: str) -> ThreadReply:
        """Answer a question asked in words (a mention, a direct message, `@radar` in the console) in its thread."""
        typed = SLASH_TYPED.match(text)
        if typed is not None:
            # "@radar /radar help": the slash command typed into a message means what it means after `/radar`
            text = typed.group("rest")
            resolved = self.commands.resolve(text)
            if resolved.command.name != "lookup":
                message = resolved.answer(caller)
                intent = SLASH_INTENTS.get(resolved.command.name, resolved.command.name)
                # (what it showed is what "ok going with label studio. what do we pair it with?" goes on from)
                shown = Memory(tools=tuple(message.tool_ids[:REMEMBERED_TOOLS]), intent=intent)
                self._remember(ThreadKey(caller.team_id, caller.channel_id, thread_ts), shown)
                return ThreadReply(
                    Message(message.text, without_actions(message.blocks, {SHARE_ACTION}), message.tool_ids), intent
                )
        reply = self._converse(caller, thread_ts, text)
        if reply.looked_up:
            self._asked_about(caller, reply.memory.tools[:1])
        message = self._rendered(caller, reply)
        # the reply is already public in the thread: a "share in channel" button would only repeat it
        return ThreadReply(
            Message(message.text, without_actions(message.blocks, {SHARE_ACTION}), message.tool_ids), reply.intent.value
        )

    def _rendered(self, caller: Caller, reply: Reply) -> Message:
        """The reply as a message; asked how to do what a command does ("how do I propose a tool?"), the commands."""
        if isinstance(reply.answer, Capabilities) and reply.answer.commands:
            return self._help(caller, "")
        return render(reply.answer)

    def choose(self, caller: Caller, label: str, thread_ts: str | None) -> Message:
        """A clarifying question's button: the refined question answered in its thread, or in `/radar`'s."""
        if thread_ts is not None:
            return self.mention(caller, thread_ts, label).message
        return render(self._converse(caller, f"slash:{caller.user_id}", label).answer)

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
        self._remember(key, reply.memory)
        return reply

    def _remember(self, key: ThreadKey, memory: Memory) -> None:
        try:
            self.threads.remember(key, memory)
        except sqlite3.Error:
            log.warning("thread context could not be saved; the next follow-up starts afresh", exc_info=True)

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

    # --- /radar -------------------------------------------------------------------------------

    def command(self, caller: Caller, text: str) -> Message:
        """Answer `/radar <text>` for a workspace."""
        return self.slash(caller, text).message

    def slash(self, caller: Caller, text: str) -> ThreadReply:
        """Answer `/radar <text>`: a sub-command, a tool's name, or any question, understood as in a thread."""
        typed = SLASH_TYPED.match(text)
        if typed is not None:
            text = typed.group("rest")  # "/radar /radar help", pasted from the help text
        resolved = self.commands.resolve(text)
        if resolved.command.name == "lookup":
            return self._look_up_or_ask_reply(caller, resolved.argument)
        intent = SLASH_INTENTS.get(resolved.command.name, resolved.command.name)
        message = resolved.answer(caller)
        if intent in {Intent.COMPARE.value, Intent.LIST.value}:
            self._remember_slash(caller, message.tool_ids[:8], intent)
        return ThreadReply(message, intent)

    def _remember_slash(self, caller: Caller, tool_ids: Sequence[str], intent: str) -> None:
        """`/radar compare a b` then `/radar which one is cheaper?`: the follow-up knows the tools."""
        if not tool_ids:
            return
        try:
            key = ThreadKey(caller.team_id, caller.channel_id, f"slash:{caller.user_id}")
            self.threads.remember(key, Memory(tuple(tool_ids), intent))
        except sqlite3.Error:
            log.warning("slash context could not be saved; the next follow-up starts afresh", exc_info=True)

    def _look_up_or_ask(self, caller: Caller, text: str) -> Message:
        return self._look_up_or_ask_reply(caller, text).message

    def _look_up_or_ask_reply(self, caller: Caller, text: str) -> ThreadReply:
        """A tool's exact name gets its card; other words are a question, answered as in a thread."""
        # (a name two unrelated tools answer to, "lambda", is asked about, not looked up)
        name = text
        if self.index.exact(text) is None or len(self.index.sharing(text)) > 1:
            reply = self._converse(caller, f"slash:{caller.user_id}", text)
            # ("what ring is power bi in?": the name asked about, not the whole question, is what the radar lacks)
            name = reply.unknown_name or text
            # an unknown name keeps the lookup's own answer: close names and a button to propose it
            if not (reply.intent is Intent.UNKNOWN and reply.answer_is_a_name):
                if reply.looked_up:
                    self._asked_about(caller, reply.memory.tools[:1])
                message = self._rendered(caller, reply)
                # a clarifying question is for the asker alone: nothing to share until it is answered
                shared = message if reply.intent is Intent.CLARIFY else with_share_button(message, text)
                return ThreadReply(shared, reply.intent.value)
        message = self._core("lookup")(caller, name)
        self._asked_about(caller, message.tool_ids[:1])
        self._remember_slash(caller, message.tool_ids[:1], Intent.LOOKUP.value)
        return ThreadReply(message, "lookup" if message.tool_ids else "unknown")

    def _asked_about(self, caller: Caller, tool_ids: Sequence[str]) -> None:
        """Count a lookup of a tool the team has not placed: the most asked-about come up on ballots."""
        team = self.team(caller.team_id)
        for tool_id in tool_ids:
            tool = team.tool(tool_id)
            if tool is None or team.on_radar(tool):
                continue
            try:
                self.teams.count_ask(caller.team_id, tool_id, self.clock())
            except sqlite3.Error:  # a count is a hint for ballots; a lookup never fails for it
                log.warning("could not count a lookup of %s", tool_id, exc_info=True)

    def _core(self, name: str) -> Handler:
        """The radar core's answer to a sub-command, kept in memory until the team's radar changes."""

        def answer(caller: Caller, argument: str) -> Message:
            query = f"{name} {argument}".strip() if name != "lookup" else argument
            key = (caller.team_id, f"{name}\0{argument}", self.store.version())
            message = self._answers.get(key)
            if message is None:
                message = render(self.radar(caller.team_id).answer(Command(name, argument)), query=query)
                self._answers[key] = message
                if len(self._answers) > ANSWER_CACHE_SIZE:
                    self._answers.popitem(last=False)
            return message

        return answer

    def _help(self, caller: Caller, argument: str) -> Message:
        return render(self.radar(caller.team_id).help(self.commands.usages()))

    def _names_two_tools(self, argument: str) -> bool:
        return sum(m.tool is not None for m in self.index.split_many(argument)) >= 2

    def _names_a_ring(self, argument: str) -> bool:
        return find_ring(self.catalog, argument) is not None

    # ("quadrant for dagster?", "category vs quadrant vs ring, how do they relate?": a question, not the sub-command)
    def _names_a_quadrant(self, argument: str) -> bool:
        return not argument or find_quadrant(self.catalog, argument) is not None

    def _names_a_category(self, argument: str) -> bool:
        return not argument or find_category(self.catalog, argument) is not None


@dataclass(frozen=True)
class ThreadReply:
    """A reply to a question asked in words, with the intent it was understood as."""

    message: Message
    intent: str


# a mention whose words start with the slash command: "<@U0BOT> /radar ring kedro"
SLASH_TYPED = re.compile(r"^\s*(<@\w+>\s*)?/radar\b\s*(?P<rest>.*)$", re.DOTALL | re.IGNORECASE)


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
