## -*- texinfo -*-
## @deftypefn  {} {[@var{X}, @var{y}, @var{theta}] =} checkRegressionArgs (@var{fname}, @var{X}, @var{y}, @var{theta})
## @deftypefnx {} {[@var{X}, @var{y}] =} checkRegressionArgs (@var{fname}, @var{X}, @var{y})
## Check the arguments shared by the linear-regression functions (@var{X}
## m-by-n, @var{y} m-by-1, @var{theta} n-by-1) and return them as doubles.
## @var{theta} may be omitted (normalEqn has none).
## @end deftypefn
function [X, y, theta] = checkRegressionArgs (fname, X, y, theta)
  X = checkMatrix (fname, "X", X);
  [m, n] = size (X);
  y = checkColumn (fname, "Y", y, "M", m, "X", X);
  if (nargin > 3)
    theta = checkColumn (fname, "THETA", theta, "N", n, "X", X);
  endif
endfunction
