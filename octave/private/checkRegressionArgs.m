## -*- texinfo -*-
## @deftypefn  {} {[@var{X}, @var{y}, @var{theta}] =} checkRegressionArgs (@var{fname}, @var{X}, @var{y}, @var{theta})
## @deftypefnx {} {[@var{X}, @var{y}] =} checkRegressionArgs (@var{fname}, @var{X}, @var{y})
## Check the arguments shared by the linear-regression functions (@var{X}
## m-by-n, @var{y} m-by-1, @var{theta} n-by-1) and return them as doubles.
## @var{theta} may be omitted (normalEqn has none).
## @end deftypefn
function [X, y, theta] = checkRegressionArgs (fname, X, y, theta)
  ## What a caller almost always passes (real double matrices of the right sizes) is let through here,
  ## with no call to the checkers below: a call costs more than a cost on a small X.
  if (isa (X, "double") && isreal (X) && ismatrix (X) && ! isempty (X)
      && isa (y, "double") && isreal (y) && iscolumn (y) && rows (y) == rows (X)
      && (nargin < 4 || (isa (theta, "double") && isreal (theta) && iscolumn (theta)
                         && rows (theta) == columns (X))))
    return;
  endif
  X = checkMatrix (fname, "X", X);
  [m, n] = size (X);
  y = checkColumn (fname, "Y", y, "M", m, "X", X);
  if (nargin > 3)
    theta = checkColumn (fname, "THETA", theta, "N", n, "X", X);
  endif
endfunction
