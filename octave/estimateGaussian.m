## -*- texinfo -*-
## @deftypefn {} {[@var{mu}, @var{sigma2}] =} estimateGaussian (@var{X})
## Fit an independent Gaussian to each feature (column) of @var{X}:
##
## @example
## mu = sum (X, 1)' / m
## sigma2 = sum ((X - mu') .^ 2, 1)' / m
## @end example
##
## @noindent
## @var{X} is m-by-n, one example per row; @var{mu} and @var{sigma2} are
## n-by-1 columns.  The variance is normalised by m, not m - 1 (the maximum
## likelihood estimate, as the anomaly-detection exercise defines it; Octave's
## @code{var (X, 1)}).  Each column is reduced on its own, a single row too: one
## example gives @var{mu} = @var{X}' and @var{sigma2} = 0.
## @seealso{multivariateGaussian, selectThreshold}
## @end deftypefn
function [mu, sigma2] = estimateGaussian (X)
  if (nargin != 1)
    print_usage ();
  endif
  X = checkMatrix ("estimateGaussian", "X", X);

  m = rows (X);
  mu = (sum (X, 1) / m)';
  D = X - mu';
  sigma2 = (sum (D .* D, 1) / m)';
endfunction

%!test
%! ## Hand values: columns [1 2 6] and [10 20 0].
%! [mu, sigma2] = estimateGaussian ([1 10; 2 20; 6 0]);
%! assert (mu, [3; 10], eps)
%! assert (sigma2, [14/3; 200/3], 4 * eps (200/3))

%!test
%! ## Normalised by m, not m - 1: var (X, 1), not var (X).
%! X = [0.5 -1 3; 2 4 1; -3 0.25 2; 1 1 1; 7 -2 0];
%! [mu, sigma2] = estimateGaussian (X);
%! assert (mu, mean (X)', 4 * eps)
%! assert (sigma2, var (X, 1)', 1e-14)
%! assert (size (mu), [3 1])
%! assert (size (sigma2), [3 1])

%!test
%! ## One example: each feature is its own mean, with variance 0 (not reduced along the row).
%! [mu, sigma2] = estimateGaussian ([4 -2 7]);
%! assert (mu, [4; -2; 7])
%! assert (sigma2, [0; 0; 0])

%!test
%! ## A constant feature whose sum divides back exactly has variance 0 (0.1 would not: its
%! ## mean is 0.1 + 1 ULP, and its variance 1.9e-34); a NaN spreads to its own feature only.
%! [mu, sigma2] = estimateGaussian ([0.5 1 NaN; 0.5 2 0; 0.5 3 1]);
%! assert (sigma2(1), 0)
%! [~, s01] = estimateGaussian ([0.1; 0.1; 0.1]);
%! assert (s01 > 0 && s01 < 1e-33)
%! assert (mu(2), 2)
%! assert (isnan ([mu(3); sigma2(3)]))

%!test
%! ## Logical, integer and single inputs are their values as doubles.
%! [mu, sigma2] = estimateGaussian ([true false; true true]);
%! assert ([mu, sigma2], [1 0; 0.5 0.25])
%! [mi, si] = estimateGaussian (int8 ([1 2; 3 5]));
%! assert ([mi, si], [2 1; 3.5 2.25])
%! [ms, ss] = estimateGaussian (single ([0.1 0.3; 0.2 0.7]));
%! [md, sd] = estimateGaussian (double (single ([0.1 0.3; 0.2 0.7])));
%! assert ([ms, ss], [md, sd])
%! assert (class (ms), "double")

## Test input validation
%!error <Invalid call> estimateGaussian ()
%!error <called with too many inputs> estimateGaussian (1, 2)
%!error <estimateGaussian: X must be a real numeric matrix, got "a"> estimateGaussian ("a")
%!error <estimateGaussian: X must have at least one row and one column \(X is 0x3\)> estimateGaussian (zeros (0, 3))
%!error <X must be a real numeric matrix, got a complex array of size 1x2> estimateGaussian ([1i 2])
