from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.success_evaluation_plan_rubric import SuccessEvaluationPlanRubric


__all__ = ["SuccessEvaluationPlan"]


@_attrs_define(repr=False)
class SuccessEvaluationPlan(Model):
    """SuccessEvaluationPlan

    Attributes:
        rubric:
        messages: These are the messages used to generate the success evaluation.

            @default: ```
            [
              {
                "role": "system",
                "content": "You are an expert call evaluator. You will be given a transcript of a call and the
            system prompt of the AI participant. Determine if the call was successful based on the objectives
            inferred from the system prompt. DO NOT return anything except the
            result.\\n\\nRubric:\\\\n{{rubric}}\\n\\nOnly respond with the result."
              },
              {
                "role": "user",
                "content": "Here is the transcript:\\n\\n{{transcript}}\\n\\n"
              },
              {
                "role": "user",
                "content": "Here was the system prompt of the call:\\n\\n{{systemPrompt}}\\n\\n. Here is the
            ended reason of the call:\\n\\n{{endedReason}}\\n\\n"
              }
            ]```

            You can customize by providing any messages you want.

            Here are the template variables available:
            - {{transcript}}: the transcript of the call from `call.artifact.transcript`- {{systemPrompt}}: the
            system prompt of the call from `assistant.model.messages[type=system].content`- {{messages}}: the
            messages of the call from `assistant.model.messages`- {{rubric}}: the rubric of the success
            evaluation from `successEvaluationPlan.rubric`- {{endedReason}}: the ended reason of the call from
            `call.endedReason`
        enabled: This determines whether a success evaluation is generated and stored in
            `call.analysis.successEvaluation`. Defaults to true.

            Usage:
            - If you want to disable the success evaluation, set this to false.

            @default true
        timeout_seconds: This is how long the request is tried before giving up. When request times out,
            `call.analysis.successEvaluation` will be empty.

            Usage:
            - To guarantee the success evaluation is generated, set this value high. Note, this will delay the
            end of call report in cases where model is slow to respond.

            @default 5 seconds
    """

    _schema: ClassVar[str] = "SuccessEvaluationPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("rubric", "rubric"),
        ("messages", "messages"),
        ("enabled", "enabled"),
        ("timeoutSeconds", "timeout_seconds"),
    )

    rubric: SuccessEvaluationPlanRubric | Unset = UNSET
    messages: list[dict[str, Any]] | Unset = UNSET
    enabled: bool | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
