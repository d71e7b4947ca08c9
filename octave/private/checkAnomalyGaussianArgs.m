## -*- texinfo -*-
## @deftypefn {} {[@var{X}, @var{mu}, @var{Sigma2}] =} checkAnomalyGaussianArgs (@var{fname}, @var{X}, @var{mu}, @var{Sigma2})
## Check the arguments of a multivariate Gaussian density: @var{X} m-by-n
## (m may be 0), @var{mu} a vector of n means (a row or a column),
## @var{Sigma2} a vector of n variances (none negative; NaN passes) or an
## n-by-n covariance matrix.  Return @var{X} as a double, @var{mu} as an
## n-by-1 double column and @var{Sigma2} as a double of the shape given.
## @end deftypefn
function [X, mu, Sigma2] = checkAnomalyGaussianArgs (fname, X, mu, Sigma2)
  X = checkMatrix (fname, "X", X, true);
  n = columns (X);
  if (n == 0)
    error ("%s: X must have at least one column (X is %s)", fname, shapeText (X));
  endif
  if (! ((isnumeric (mu) || islogical (mu)) && isreal (mu) && ismatrix (mu)))
    error ("%s: MU must be a real numeric vector, got %s", fname, valueText (mu));
  endif
  if (! (isvector (mu) && numel (mu) == n))
    error ("%s: MU must be a vector of n means, one per column of X (X is %s, so n = %d; MU is %s)",
           fname, shapeText (X), n, shapeText (mu));
  endif
  if (! ((isnumeric (Sigma2) || islogical (Sigma2)) && isreal (Sigma2) && ismatrix (Sigma2)))
    error ("%s: SIGMA2 must be a real numeric vector or matrix, got %s", fname, valueText (Sigma2));
  endif
  if (! ((isvector (Sigma2) && numel (Sigma2) == n) || isequal (size (Sigma2), [n, n])))
    error ("%s: SIGMA2 must be a vector of n variances or an n-by-n covariance matrix (X is %s, so n = %d; SIGMA2 is %s)",
           fname, shapeText (X), n, shapeText (Sigma2));
  endif
  if (isvector (Sigma2))
    k = find (Sigma2 < 0, 1);
    if (! isempty (k))
      error ("%s: SIGMA2 must hold variances, none negative, but its %s element is %g",
             fname, ordinalText (k), double (Sigma2(k)));
    endif
  endif
  X = double (X);
  mu = double (mu(:));
  Sigma2 = double (Sigma2);
endfunction
