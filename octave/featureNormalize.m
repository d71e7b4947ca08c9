## -*- texinfo -*-
## @deftypefn {} {[@var{X_norm}, @var{mu}, @var{sigma}] =} featureNormalize (@var{X})
## Scale each column of @var{X} to mean 0 and standard deviation 1:
## @code{X_norm = (X - mu) ./ sigma} with @code{mu = mean (X)} and
## @code{sigma = std (X)} (normalised by N-1).
##
## @var{X} is m-by-n, without the column of ones; @var{mu} and @var{sigma}
## are 1-by-n.  As @code{mean} and @code{std} do, a single row (m = 1) is
## reduced along the row: @var{mu} and @var{sigma} are then scalars.  A
## constant column has @code{sigma = 0} and so a column of NaN (or +-Inf
## where rounding leaves @code{X - mu} non-zero) in @var{X_norm}.
## @seealso{mean, std}
## @end deftypefn
function [X_norm, mu, sigma] = featureNormalize (X)
  if (nargin != 1)
    print_usage ();
  endif
  X = checkMatrix ("featureNormalize", "X", X);

  mu = mean (X);
  sigma = std (X);
  X_norm = (X - mu) ./ sigma;
endfunction

%!test
%! ## Columns 1, 2, 3 and 10, 20, 30: mean 2 and 20, std 1 and 10.
%! [Xn, mu, sigma] = featureNormalize ([1 10; 2 20; 3 30]);
%! assert (mu, [2 20])
%! assert (sigma, [1 10])
%! assert (Xn, [-1 -1; 0 0; 1 1])

%!test
%! ## std divides by N-1: [0; 2] has std sqrt(2), not 1.
%! [~, ~, sigma] = featureNormalize ([0; 2]);
%! assert (sigma, sqrt (2))

%!test
%! ## A constant column has sigma = 0 and normalises to NaN.
%! [Xn, mu, sigma] = featureNormalize ([1 5; 2 5; 3 5]);
%! assert (sigma, [1 0])
%! assert (isnan (Xn(:, 2)))

%!test
%! ## A single row is reduced along the row, as mean and std do.
%! [Xn, mu, sigma] = featureNormalize ([1 2 3]);
%! assert (mu, 2)
%! assert (sigma, 1)
%! assert (Xn, [-1 0 1])

%!test
%! ## A NaN spoils its own column only.
%! [Xn, mu, sigma] = featureNormalize ([1 1; NaN 2; 3 3]);
%! assert (isnan (mu(1)) && isnan (sigma(1)) && all (isnan (Xn(:, 1))))
%! assert (Xn(:, 2), [-1; 0; 1])

## Test input validation
%!error <Invalid call> featureNormalize ()
%!error <X must be a real numeric matrix, got a complex array of size 1x2> featureNormalize ([1+2i 3])
%!error <X must be a real numeric matrix, got an array of size 2x2x2> featureNormalize (ones (2, 2, 2))
%!error <X must have at least one row and one column \(X is 0x3\)> featureNormalize (zeros (0, 3))
