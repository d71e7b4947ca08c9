"""The KL term of a variational autoencoder and its gradient: port of octave/vaeKLGradient.m."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import _validate, octave


class KLGradient(NamedTuple):
    """``[KL, dW_mu, db_mu, dW_logvar, db_logvar]`` of vaeKLGradient."""

    KL: float
    dW_mu: np.ndarray
    db_mu: np.ndarray
    dW_logvar: np.ndarray
    db_logvar: np.ndarray


def vae_kl_gradient(X, W_mu, b_mu, W_logvar, b_logvar) -> KLGradient:
    """KL divergence of a VAE's latent Gaussian from the unit prior, and its gradient with respect to
    the two linear layers that produce the mean and the log-variance.

    Port of ``[KL, dW_mu, db_mu, dW_logvar, db_logvar] = vaeKLGradient (X, W_mu, b_mu, W_logvar,
    b_logvar)`` (octave/vaeKLGradient.m)::

        mu     = X @ W_mu.T + b_mu.T          # (batch, out)
        logvar = X @ W_logvar.T + b_logvar.T  # (batch, out)
        KL     = -0.5 * sum(1 + logvar - mu**2 - exp(logvar))

    Why the gradient of a scalar with respect to a 20 x 400 matrix is an outer product: for one
    sample x (400 inputs), ``mu_j = sum_k W_mu[j, k] * x_k + b_mu[j]``, so ``dmu_j / dW_mu[j, k] =
    x_k`` and W_mu[j, k] reaches KL only through mu_j. By the chain rule ``dKL/dW_mu[j, k] =
    (dKL/dmu_j) * x_k``: the outer product of the 20-vector of upstream gradients ``dKL/dmu = mu``
    with the 400-vector input, a 20 x 400 matrix like W_mu itself. A batch sums one such outer
    product per sample, which is the matrix product ``mu.T @ X``. The same holds for the log-variance
    layer with upstream gradient ``dKL/dlogvar = (exp(logvar) - 1) / 2``; the bias gradients sum the
    upstream gradients over the batch.

    Parameters
    ----------
    X : array_like of shape (batch, d), or (d,) for one sample
    W_mu, W_logvar : array_like of shape (out, d)
        Weights as PyTorch's ``nn.Linear`` stores them (out x in).
    b_mu, b_logvar : array_like of shape (out,) or (out, 1)

    Returns
    -------
    KL : float
        Summed over the batch.
    dW_mu, dW_logvar : ndarray of shape (out, d)
    db_mu, db_logvar : ndarray of shape (out,) or (out, 1), in the form its bias was given

    Raises
    ------
    ValueError
        If X is not a real 1-D or 2-D array, W_mu is not (out, d), W_logvar not W_mu's shape, or a bias
        not of length out.

    See Also
    --------
    compute_numerical_gradient : Central differences to check these gradients with.

    Notes
    -----
    Octave parity: the same operations in the same order (Octave's sums); numpy's ``exp`` may differ
    from the C library's by 1 ULP and products go through another OpenBLAS build. A 1-D X is one sample
    (Octave: a 1-by-d batch). Extreme inputs give the same Inf and NaN as Octave, as silently: no numpy
    RuntimeWarning.

    Examples
    --------
    One sample of 400 inputs, a 20-dimensional latent space (Octave: ``[KL, dW_mu, db_mu, dW_logvar,
    db_logvar] = vaeKLGradient (x', W_mu, zeros (20, 1), W_logvar, zeros (20, 1))``):

    >>> import numpy as np
    >>> from pyport import vae_kl_gradient
    >>> rng = np.random.default_rng(0)
    >>> x = rng.standard_normal(400)
    >>> W_mu = 0.01 * rng.standard_normal((20, 400))  # out x in, as nn.Linear's weight
    >>> W_logvar = 0.01 * rng.standard_normal((20, 400))
    >>> KL, dW_mu, db_mu, dW_logvar, db_logvar = vae_kl_gradient(x, W_mu, np.zeros(20), W_logvar, np.zeros(20))
    >>> print(dW_mu.shape, db_mu.shape)  # the shapes of what they differentiate
    (20, 400) (20,)
    >>> print(np.allclose(dW_mu, np.outer(W_mu @ x, x)))  # one sample: dKL/dmu = mu, times x
    True
    """
    func = "vae_kl_gradient"
    X_arr, W_mu, b_mu_col, W_lv, b_lv_col, mu_1d, lv_1d = _validate.check_vae_args(
        func, X, W_mu, b_mu, W_logvar, b_logvar)

    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
        mu = X_arr @ W_mu.T + b_mu_col.T
        logvar = X_arr @ W_lv.T + b_lv_col.T
        e = np.exp(logvar)
        terms = 1 + logvar - mu * mu - e
        KL = -0.5 * octave.sum(octave.sum(terms, 1), 2)[0, 0]
        G_logvar = 0.5 * (e - 1)
        db_mu = octave.sum(mu, 1).T
        db_lv = octave.sum(G_logvar, 1).T
        dW_mu = mu.T @ X_arr
        dW_lv = G_logvar.T @ X_arr
    return KLGradient(float(KL), dW_mu, db_mu.ravel() if mu_1d else db_mu,
                      dW_lv, db_lv.ravel() if lv_1d else db_lv)
