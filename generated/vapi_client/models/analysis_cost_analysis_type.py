from .._enums import OpenEnum

__all__ = ["AnalysisCostAnalysisType"]


class AnalysisCostAnalysisType(OpenEnum):
    """Known values of AnalysisCostAnalysisType; any other string parses too (see OpenEnum)."""

    SUMMARY = "summary"
    STRUCTUREDDATA = "structuredData"
    SUCCESSEVALUATION = "successEvaluation"
    STRUCTUREDOUTPUT = "structuredOutput"
