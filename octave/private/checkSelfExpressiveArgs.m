## -*- texinfo -*-
## @deftypefn {} {[@var{C}, @var{X}] =} checkSelfExpressiveArgs (@var{fname}, @var{c}, @var{X}, @var{lambda}, @var{epsilon})
## Check the arguments of a self-expressive cost: @var{X} d-by-n, @var{c} the
## n-by-n coefficients unrolled into an n^2-by-1 column with a zero diagonal,
## @var{lambda} a real scalar, @var{epsilon} a positive one.  Return the
## coefficients as the n-by-n matrix @var{C} and @var{X}, as doubles.
## @end deftypefn
function [C, X] = checkSelfExpressiveArgs (fname, c, X, lambda, epsilon)
  X = checkMatrix (fname, "X", X);
  n = columns (X);
  c = checkColumn (fname, "C", c, "N^2", n * n, "X", X);
  checkScalar (fname, "LAMBDA", lambda);
  checkScalar (fname, "EPSILON", epsilon, "positive");
  C = reshape (c, n, n);
  k = find (diag (C) != 0, 1);
  if (! isempty (k))
    error ("%s: the diagonal of C must be 0, but its %s element is %g", fname, ordinalText (k), C(k, k));
  endif
endfunction
