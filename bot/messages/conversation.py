"""Block Kit for answers given in a thread: recommendations, the radar's ideas, placements, help."""

from __future__ import annotations

from bot.messages.blocks import (
    RING_EMOJI,
    Block,
    Message,
    clip,
    context,
    escape,
    fit,
    message_of,
    ring_in_practice,
    section,
)
from bot.radar.answers import Placed
from bot.radar.language.concepts import (
    BuildVsBuyAnswer,
    ConceptNote,
    FlowAnswer,
    LifecycleAnswer,
    PersonasAnswer,
    RingConcept,
    SignalsAnswer,
)
from bot.radar.language.conversation import (
    Capabilities,
    Chosen,
    Clarification,
    Placement,
    SmallTalk,
    ToolFact,
    Unknown,
)
from bot.radar.language.recommend import Recommendation


def linked(placed: Placed) -> str:
    """A tool's name linked to its homepage, with its ring: reads well on a phone."""
    return f"<{placed.tool.homepage}|{escape(placed.tool.name)}> ({placed.ring.name})"


def plain_names(placed: tuple[Placed, ...]) -> str:
    return ", ".join(f"{p.tool.name} ({p.ring.name})" for p in placed)


def render_recommendation(answer: Recommendation, *, query: str = "") -> Message:
    topic = f"alternatives to {answer.instead_of.name}" if answer.instead_of else (answer.need or "that")
    where = f" Since {' and '.join(answer.situation)}, I took that into account." if answer.situation else ""
    if not answer.picks:
        text = (
            f"I found nothing on the radar for {topic}.{where} "
            "Try naming the task differently, e.g. “experiment tracking” or “model serving”."
        )
        return message_of([section(f":mag: {escape(text)}")])
    plural = "s" if len(answer.picks) > 1 else ""
    orders = [p.placed.ring.order for p in answer.picks]
    # (what the person already runs, or names, may lead a better-ringed tool: then the order is not the rings')
    order = "the team's better rings first" if orders == sorted(orders) else "the best fit first"
    intro = f"For *{escape(topic)}*, my pick{plural}, {order}.{escape(where)}"
    blocks: list[Block] = [section(intro)]
    layered = any(not p.ours for p in answer.picks) and any(p.ours for p in answer.picks)
    for number, pick in enumerate(answer.picks, 1):
        placed = pick.placed
        fits = f"\n_Fits: {escape(', '.join(pick.fits))}._" if pick.fits else ""
        # with picks from both layers, say which the team already has and which come from the catalog
        whose = (" · _on our radar_" if pick.ours else " · _from the catalog, not on our radar yet_") if layered else ""
        blocks.append(
            section(
                f"{number}. {RING_EMOJI[placed.ring.id]} *{linked(placed)}*{whose}\n{escape(pick.reason)}{fits}\n"
                f"*Trade-off:* {escape(pick.trade_off)}"
            )
        )
    rings = {p.placed.ring.id: p.placed.ring for p in answer.picks}
    blocks.append(context(*(f"{RING_EMOJI[r.id]} *{r.name}*: {escape(r.practice)}" for r in rings.values())))
    if answer.more:
        blocks.append(context(f"Also worth a look: {escape(plain_names(answer.more))}. Ask “what else?” for more."))
    if answer.held_back:
        blocks.append(context(f"On Hold, so not suggested for new work: {escape(plain_names(answer.held_back))}."))
    return message_of(fit(blocks), answer.tool_ids)


def render_placement(answer: Placement, *, query: str = "") -> Message:
    blocks: list[Block] = []
    for card in answer.cards:
        ring, category = card.ring, card.category
        if card.ring_voted:
            default = "The team put it there by vote."
        elif ring.id == category.default_ring:
            default = f"That is where {category.name} tools start."
        else:
            default = (
                f"{category.name} tools usually start on {category.default_ring.title()}; this one is placed apart."
            )
        text = f"*{escape(card.tool.name)}* is on {RING_EMOJI[ring.id]} *{ring.name}*. {escape(card.why)}"
        blocks.append(section(f"{text}\n{escape(default)}\n*What to do:* {escape(ring.practice)}"))
    return message_of(fit(blocks), answer.tool_ids)


def render_ring_concept(answer: RingConcept, *, query: str = "") -> Message:
    ring = answer.ring
    examples = (
        f"{answer.count} tools are on it now, for example {plain_names(answer.examples)}."
        if answer.examples
        else "No tools are on it right now."
    )
    blocks = [
        section(ring_in_practice(ring)),
        context(escape(examples), escape(answer.moves)),
    ]
    return message_of(blocks)


def render_personas_answer(answer: PersonasAnswer, *, query: str = "") -> Message:
    blocks: list[Block] = []
    for help_ in answer.personas:
        p = help_.persona
        helped = "; ".join(f"{c.name} ({plain_names(tools)})" if tools else c.name for c, tools in help_.categories)
        blocks.append(
            section(
                f"*{escape(p.name)}*\n*Wants:* {escape(p.wants)}\n*Frustration:* {escape(p.frustration)}\n"
                f"*Needs:* {escape(p.needs)}\n*Helped most by:* {escape(helped)}"
            )
        )
    blocks.append(context(escape(answer.lifecycle.summary)))
    return message_of(fit(blocks))


def render_build_vs_buy_answer(answer: BuildVsBuyAnswer, *, query: str = "") -> Message:
    advice = answer.advice
    first = ", ".join(c.name for c in answer.swap_first)
    blocks = [
        section(f"*Build or buy?* {escape(advice.stance)}\n" + "\n".join(f"• {escape(r)}" for r in advice.rules)),
        context(escape(advice.caveat), f"Easiest to try and swap: {escape(first)}."),
    ]
    return message_of(blocks)


def render_flow_answer(answer: FlowAnswer, *, query: str = "") -> Message:
    rows = [f"• {RING_EMOJI[p.ring.id]} *{linked(p)}*: {escape(what)}" for p, what in answer.tools]
    blocks = [section(f"*{escape(answer.summary)}*\n" + "\n".join(rows))]
    return message_of(blocks, answer.tool_ids)


def render_signals_answer(answer: SignalsAnswer, *, query: str = "") -> Message:
    items = "\n".join(f"• *{escape(s.name)}*: {escape(s.what)}" for s in answer.signals.items)
    blocks: list[Block] = [section(f"*{escape(answer.signals.summary)}*\n{items}")]
    if answer.examples:
        blocks.append(
            context(
                f"All-in-one platforms on {answer.assess_ring.name} now: {escape(plain_names(answer.examples))}. "
                f"{escape(answer.assess_ring.practice)}"
            )
        )
    return message_of(blocks)


def render_lifecycle_answer(answer: LifecycleAnswer, *, query: str = "") -> Message:
    who = ", ".join(p.name for p in answer.personas)
    blocks = [
        section(f"*The ML lifecycle*\n{escape(answer.lifecycle.summary)}"),
        context(f"The people in it: {escape(who)}. Ask “what helps an ML researcher?” for more."),
    ]
    return message_of(blocks)


def render_capabilities(answer: Capabilities, *, query: str = "") -> Message:
    intro = "I'm the team's MLOps radar. Ask me in your own words, here or in a thread, and I'll answer in the thread:"
    examples = "\n".join(f"• {escape(e)}" for e in answer.examples)
    blocks = [
        section(f"{intro}\n{examples}"),
        context(
            "Follow-ups in the same thread keep their context (“why is it on trial?”). "
            "`/radar help` lists the slash commands."
        ),
    ]
    return message_of(blocks)


def render_unknown(answer: Unknown, *, query: str = "") -> Message:
    if answer.reason == "reference":
        text = (
            "I'm not sure which tool you mean: nothing has been discussed in this thread yet (or it was too long ago). "
            "Name the tool, e.g. “why is kedro on assess?”."
        )
    elif answer.name and answer.suggestions:
        names = escape(", ".join(t.name for t in answer.suggestions))
        text = f"“{escape(answer.name)}” is not on the radar. Did you mean {names}?"
    elif answer.name:
        text = f"I don't know “{escape(answer.name)}”: it is not a tool, a need or an idea on the radar."
    else:
        text = "I couldn't match that to a tool, a need or an idea on the radar."
    examples = "\n".join(f"• {escape(e)}" for e in answer.examples[:4])
    blocks = [
        section(f":mag: {text}"),  # the typed name escaped above, for the fallback too
        context(
            f"I can explain tools, compare them, recommend for a need and explain the radar's ideas. Try:\n{examples}"
        ),
    ]
    return message_of(blocks)


SMALL_TALK = {
    "greeting": ":wave: Hi! Ask me about any MLOps tool, a need, or the radar itself.",
    "thanks": ":slightly_smiling_face: You're welcome! Ask me again whenever a tool question comes up.",
    "goodbye": ":wave: See you! I'll be here when the next tool question comes up.",
    "chat": ":slightly_smiling_face: Glad to hear it! Ask me about any MLOps tool when you need one.",
    "checkin": ":slightly_smiling_face: All good here, thanks for asking! Ready when a tool question comes up.",
    "itself": (
        ":robot_face: I'm the team's MLOps radar: I answer from the tool catalog and the team's votes, by rules, with "
        "no language model behind me, so the same question always gets the same answer."
    ),
    "offtopic": (
        ":sweat_smile: That one is off my menu. I can explain tools, compare them, "
        "recommend for a need and explain the radar's ideas."
    ),
}


def render_small_talk(answer: SmallTalk, *, query: str = "") -> Message:
    text = SMALL_TALK.get(answer.kind, SMALL_TALK["chat"])
    tries = "; ".join(answer.examples)
    blocks = [section(text)]
    if tries:
        blocks.append(context(f"Try: {escape(tries)}"))
    return message_of(blocks)


def render_concept_note(answer: ConceptNote, *, query: str = "") -> Message:
    blocks: list[Block] = [section(f"*{escape(answer.title)}*\n{escape(answer.text)}")]
    if answer.points:
        blocks.append(context(*(escape(p) for p in answer.points)))
    return message_of(blocks)


CLARIFY_ACTION_PREFIX = "radar_clarify_"


def render_clarification(answer: Clarification, *, query: str = "") -> Message:
    """The clarifying question, its answers as buttons; clicking one answers the refined question in the thread."""
    question = escape(answer.question)  # it may quote the name as typed: escaped for the fallback too
    blocks: list[Block] = [section(f":thinking_face: {question}")]
    if answer.options:
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "action_id": f"{CLARIFY_ACTION_PREFIX}{number}",
                        "text": {"type": "plain_text", "text": option.label[:75], "emoji": True},
                        "value": option.label[:2000],
                    }
                    for number, option in enumerate(answer.options[:5])
                ],
            }
        )
    return message_of(blocks, answer.tool_ids)


CHOSEN_SUMMARY = 200  # characters of each chosen tool's description: enough to see why it answers


def render_chosen(answer: Chosen, *, query: str = "") -> Message:
    """The thread's tools that answer a follow-up's ask, best first, and those it ruled out."""
    if not answer.placed:
        names = plain_names(answer.ruled_out)
        return message_of([section(escape(f"None of them fits that: {names} all fall outside what you asked."))])
    blocks: list[Block] = []
    if answer.beyond_shown:
        blocks.append(section("None of those answers that well. For the same need, these do:"))
    for number, placed in enumerate(answer.placed, start=1):
        ring = placed.ring
        lead = f"{number}. *{escape(placed.tool.name)}* ({RING_EMOJI[ring.id]} {ring.name})"
        blocks.append(section(f"{lead}\n{escape(clip(placed.tool.description, CHOSEN_SUMMARY))}"))
    if answer.ruled_out:
        blocks.append(context(f"Left out, as they do not fit what you asked: {escape(plain_names(answer.ruled_out))}."))
    return message_of(fit(blocks), answer.tool_ids)


def render_tool_fact(answer: ToolFact, *, query: str = "") -> Message:
    """A short answer about the tool the thread is about: the fact asked for, not its whole card."""
    ring = answer.placed.ring
    return message_of([section(f"{RING_EMOJI[ring.id]} {escape(answer.text)}")], answer.tool_ids)
