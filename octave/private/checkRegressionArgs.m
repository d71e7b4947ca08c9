## -*- texinfo -*-
## @deftypefn {} {[@var{X}, @var{y}, @var{theta}] =} checkRegressionArgs (@var{fname}, @var{X}, @var{y}, @var{theta})
## Check the arguments shared by the linear-regression functions and return
## them as doubles.  @var{theta} may be omitted (normalEqn has none).
##
## Errors name the calling function @var{fname}, the argument and the shapes,
## with the same wording as the Python ports (pyport/_validate.py).
## @end deftypefn
function [X, y, theta] = checkRegressionArgs (fname, X, y, theta)
  if (! (isnumeric (X) && isreal (X) && ismatrix (X)))
    error ("%s: X must be a real numeric matrix, got a %s of size %s",
           fname, class (X), shapeText (X));
  endif
  [m, n] = size (X);
  if (m < 1 || n < 1)
    error ("%s: X must have at least one row and one column, got size %s",
           fname, shapeText (X));
  endif
  if (! (isnumeric (y) && isreal (y)))
    error ("%s: Y must be a real numeric M-by-1 column, got a %s",
           fname, class (y));
  endif
  if (! isequal (size (y), [m, 1]))
    error ("%s: Y must be an M-by-1 column (X is %s, so M = %d; Y is %s)",
           fname, shapeText (X), m, shapeText (y));
  endif
  X = double (X);
  y = double (y);
  if (nargin > 3)
    if (! (isnumeric (theta) && isreal (theta)))
      error ("%s: THETA must be a real numeric N-by-1 column, got a %s",
             fname, class (theta));
    endif
    if (! isequal (size (theta), [n, 1]))
      error ("%s: THETA must be an N-by-1 column (X is %s, so N = %d; THETA is %s)",
             fname, shapeText (X), n, shapeText (theta));
    endif
    theta = double (theta);
  endif
endfunction
