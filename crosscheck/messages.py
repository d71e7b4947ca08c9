"""Do an original and its port refuse the same input with the same words?

Octave's checkers (octave/private/check*.m) and the port's (pyport/_validate.py) build the same
sentence, but each names the function and its arguments its own way: ``computeCostMulti`` against
``compute_cost_multi``, ``LAMBDA`` against ``lambda_``, ``Y`` against ``y``. ``same_refusal`` maps
exactly those differences and nothing else: the function's name, Python's ``lambda_`` (the only
argument the port renames), and case (Octave writes argument names in capitals). Any other difference,
a shape written another way, a number printed another way, is a difference.

Pure Python: no Octave, no numpy.
"""

from __future__ import annotations

import re

# A name is whole when no letter, digit or underscore touches it ("sigmoid" is not in "sigmoid_gradient").
_EDGE_BEFORE = r"(?<![A-Za-z0-9_])"
_EDGE_AFTER = r"(?![A-Za-z0-9_])"


def snake_case(octave_name: str) -> str:
    """The port's name for an Octave function: ``computeCostMulti`` -> ``compute_cost_multi``.

    A run of capitals is one word: ``checkNNGradients`` -> ``check_nn_gradients``, ``vaeKLGradient``
    -> ``vae_kl_gradient``.
    """
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", octave_name)  # "NNGradients" -> "NN_Gradients"
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", words)  # "checkNN" -> "check_NN"
    return words.lower()


def _whole(name: str) -> str:
    return _EDGE_BEFORE + re.escape(name) + _EDGE_AFTER


def as_octave(port_message: str, octave_name: str) -> str:
    """The port's message with Octave's names: its function's name (wherever it stands as a whole
    word) and ``lambda_`` as ``lambda``. Case is left as it is."""
    text = re.sub(_whole(snake_case(octave_name)), lambda _: octave_name, port_message)
    return re.sub(_whole("lambda_"), "lambda", text)


def same_refusal(octave_message: str, port_message: str, octave_name: str) -> bool:
    """Whether the two messages say the same, word for word, once the port's names are mapped to
    Octave's (``as_octave``) and case is ignored."""
    return as_octave(port_message, octave_name).casefold() == octave_message.casefold()
