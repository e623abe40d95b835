from .._enums import OpenEnum

__all__ = ["AnalysisPlanSuccessEvaluationRubric"]


class AnalysisPlanSuccessEvaluationRubric(OpenEnum):
    """Known values of AnalysisPlanSuccessEvaluationRubric; any other string parses too (see OpenEnum)."""

    NUMERICSCALE = "NumericScale"
    DESCRIPTIVESCALE = "DescriptiveScale"
    CHECKLIST = "Checklist"
    MATRIX = "Matrix"
    PERCENTAGESCALE = "PercentageScale"
    LIKERTSCALE = "LikertScale"
    AUTOMATICRUBRIC = "AutomaticRubric"
    PASSFAIL = "PassFail"
