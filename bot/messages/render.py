"""Every kind of answer and the function that turns it into a message: the one place `render` looks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.messages import blocks, conversation
from bot.messages.blocks import Message
from bot.radar.answers import Comparison, Help, NotFound, QuadrantsOverview, Refusal, RingsOverview, ToolCard, ToolList
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

RENDERERS: dict[type, Callable[..., Message]] = {
    ToolCard: blocks.render_tool_card,
    NotFound: blocks.render_not_found,
    Refusal: blocks.render_refusal,
    Help: blocks.render_help,
    RingsOverview: blocks.render_rings_overview,
    QuadrantsOverview: blocks.render_quadrants_overview,
    ToolList: blocks.render_tool_list,
    Comparison: blocks.render_comparison,
    Recommendation: conversation.render_recommendation,
    Placement: conversation.render_placement,
    Chosen: conversation.render_chosen,
    RingConcept: conversation.render_ring_concept,
    PersonasAnswer: conversation.render_personas_answer,
    BuildVsBuyAnswer: conversation.render_build_vs_buy_answer,
    FlowAnswer: conversation.render_flow_answer,
    SignalsAnswer: conversation.render_signals_answer,
    LifecycleAnswer: conversation.render_lifecycle_answer,
    ConceptNote: conversation.render_concept_note,
    Capabilities: conversation.render_capabilities,
    Unknown: conversation.render_unknown,
    SmallTalk: conversation.render_small_talk,
    Clarification: conversation.render_clarification,
    ToolFact: conversation.render_tool_fact,
}


def render(answer: Any, *, query: str = "") -> Message:
    """The message for an answer: Block Kit blocks and the plain text Slack shows in notifications."""
    for kind in type(answer).__mro__:
        renderer = RENDERERS.get(kind)
        if renderer is not None:
            return renderer(answer, query=query)
    raise TypeError(f"no renderer for {type(answer).__name__}")
