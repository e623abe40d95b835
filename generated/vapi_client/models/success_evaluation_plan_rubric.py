from .._enums import OpenEnum

__all__ = ["SuccessEvaluationPlanRubric"]


class SuccessEvaluationPlanRubric(OpenEnum):
    """Known values of SuccessEvaluationPlanRubric; any other string parses too (see OpenEnum)."""

    NUMERICSCALE = "NumericScale"
    DESCRIPTIVESCALE = "DescriptiveScale"
    CHECKLIST = "Checklist"
    MATRIX = "Matrix"
    PERCENTAGESCALE = "PercentageScale"
    LIKERTSCALE = "LikertScale"
    AUTOMATICRUBRIC = "AutomaticRubric"
    PASSFAIL = "PassFail"
