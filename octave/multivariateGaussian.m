## -*- texinfo -*-
## @deftypefn {} {@var{p} =} multivariateGaussian (@var{X}, @var{mu}, @var{Sigma2})
## The density of the multivariate normal distribution N(@var{mu},
## @var{Sigma2}) at each row of @var{X}:
##
## @example
## k = numel (mu)
## p = (2*pi)^(-k/2) * det (Sigma2)^(-0.5) * exp (-0.5 * sum ((X - mu') * pinv (Sigma2) .* (X - mu'), 2))
## @end example
##
## @noindent
## @var{X} is m-by-k, @var{mu} a vector of k means (a row or a column) and
## @var{Sigma2} either a vector of k variances, taken as the diagonal of the
## covariance matrix (@code{diag (Sigma2)}: independent features, the
## anomaly-detection exercise's model), or the k-by-k covariance matrix itself.
## @var{p} is m-by-1.
##
## A vector @var{Sigma2} becomes Octave's diagonal matrix, whose @code{pinv} is the
## reciprocal of each variance (0 for a variance of 0) and whose @code{det} is their
## product; a zero variance thus makes @code{det} 0 and @var{p} Inf (or NaN).  A matrix
## @var{Sigma2} goes through Octave's dense @code{det} (the product of the diagonal
## of a triangular matrix, of a Cholesky factor, squared, for a symmetric matrix
## with a positive diagonal that passes Octave's probe, and of the LU factors
## otherwise) and @code{pinv} (an SVD).  A negative variance, or a matrix whose
## determinant is negative, is refused: its density would be complex.
## @seealso{estimateGaussian, selectThreshold, pinv, det}
## @end deftypefn
function p = multivariateGaussian (X, mu, Sigma2)
  if (nargin != 3)
    print_usage ();
  endif
  [X, mu, Sigma2] = checkAnomalyGaussianArgs ("multivariateGaussian", X, mu, Sigma2);

  k = numel (mu);
  if (isvector (Sigma2))
    Sigma2 = diag (Sigma2);
  endif
  d = det (Sigma2);
  if (d < 0)
    error ("multivariateGaussian: SIGMA2 must be a covariance matrix, but its determinant is negative (%g)", d);
  endif
  D = X - mu';
  p = (2 * pi) ^ (-k / 2) * d ^ (-0.5) * exp (-0.5 * sum ((D * pinv (Sigma2)) .* D, 2));
endfunction

%!test
%! ## One feature: the normal density, 1/sqrt (2*pi*s2) * exp (-(x - mu)^2 / (2*s2)).
%! x = [-1; 0; 0.5; 3];
%! p = multivariateGaussian (x, 0.5, 4);
%! assert (p, exp (-(x - 0.5) .^ 2 / 8) / sqrt (8 * pi), 4 * eps)

%!test
%! ## Variances as a vector (a row or a column) or as the diagonal matrix: the same density,
%! ## the product of the features' own densities.
%! X = [1 2; 0 -1; 3 0.5];
%! mu = [0.5; 1];
%! s2 = [2; 0.5];
%! p = multivariateGaussian (X, mu, s2);
%! q = prod (exp (-(X - mu') .^ 2 ./ (2 * s2')) ./ sqrt (2 * pi * s2'), 2);
%! assert (p, q, 1e-15)
%! assert (multivariateGaussian (X, mu', s2'), p)
%! assert (multivariateGaussian (X, mu, [2 0; 0 0.5]), p, 1e-15)
%! assert (size (p), [3 1])

%!test
%! ## A full covariance matrix: at the mean, 1 / sqrt ((2*pi)^k * det (Sigma)).
%! S = [2 0.6 0.2; 0.6 1 -0.3; 0.2 -0.3 0.5];
%! p = multivariateGaussian ([1 -2 0.5], [1 -2 0.5], S);
%! assert (p, 1 / sqrt ((2 * pi) ^ 3 * det (S)), 1e-15)

%!test
%! ## A variance of 0: det is 0 and pinv drops it, so p is Inf off no axis; NaN variances spread.
%! p = multivariateGaussian ([1 2; 3 4], [1 2], [0 1]);
%! assert (p, [Inf; Inf])
%! p = multivariateGaussian ([1 2; 3 4], [1 2], [NaN 1]);
%! assert (isnan (p))

%!test
%! ## No rows: a 0-by-1 density.
%! assert (size (multivariateGaussian (zeros (0, 2), [0 0], [1 1])), [0 1])

%!test
%! ## Logical, integer and single inputs are their values as doubles.
%! p = multivariateGaussian ([true false; false true], int8 ([1 0]), single ([1 2]));
%! assert (p, multivariateGaussian ([1 0; 0 1], [1 0], [1 2]))

## Test input validation
%!error <Invalid call> multivariateGaussian (1, 2)
%!error <multivariateGaussian: X must be a real numeric matrix, got "x"> multivariateGaussian ("x", 0, 1)
%!error <X must have at least one column \(X is 3x0\)> multivariateGaussian (zeros (3, 0), [], [])
%!error <MU must be a real numeric vector, got a cell array of size 1x2> multivariateGaussian ([1 2], {1, 2}, [1 1])
%!error <MU must be a vector of n means, one per column of X \(X is 1x2, so n = 2; MU is 3x1\)> multivariateGaussian ([1 2], [1; 2; 3], [1 1])
%!error <MU must be a vector of n means.*MU is 2x2> multivariateGaussian ([1 2], eye (2), [1 1])
%!error <SIGMA2 must be a real numeric vector or matrix, got "s"> multivariateGaussian ([1 2], [0 0], "s")
%!error <SIGMA2 must be a vector of n variances or an n-by-n covariance matrix \(X is 1x2, so n = 2; SIGMA2 is 2x3\)> multivariateGaussian ([1 2], [0 0], ones (2, 3))
%!error <SIGMA2 must hold variances, none negative, but its 2nd element is -1> multivariateGaussian ([1 2], [0 0], [1 -1])
%!error <SIGMA2 must be a covariance matrix, but its determinant is negative \(-3\)> multivariateGaussian ([1 2], [0 0], [1 2; 2 1])
