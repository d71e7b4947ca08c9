"""The project's own cross-check cases, one module per pyport topic.

``crosscheck/cases/<topic>.py`` holds the cases of the functions ported in ``pyport/<topic>.py``, as a
list ``CASES`` (building them runs nothing). :func:`project_cases` gathers them: it is the one place
the project's cases are collected, and whoever runs them registers them (``crosscheck.registry``).
Adding a topic means adding its name to ``TOPICS``; a test holds pyport, these modules and the tests
to the same names.
"""

from __future__ import annotations

import importlib

from crosscheck.case import Case

#: The topics, in the order their cases run.
TOPICS = (
    "linear_regression", "gradient_descent", "normalization", "learning_rate", "activations", "neural_network",
    "weights", "gradient_check", "objectives", "logistic_regression", "optimization", "self_expressive", "vae",
    "kmeans", "pca",
    "classification",
    "one_vs_all", "classification_network",
    "bias_variance",
    "learning_curves",
    "anomaly_detection", "recommender",
    "kernels",
    "svm",
    "svm_params",
    # (more topics above this line)
)


def topic_cases(topic: str) -> list[Case]:
    """The cases of one topic."""
    return list(importlib.import_module(f"crosscheck.cases.{topic}").CASES)


def project_cases() -> list[Case]:
    """Every case of the project, topic by topic."""
    return [case for topic in TOPICS for case in topic_cases(topic)]
