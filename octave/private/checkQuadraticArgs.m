## -*- texinfo -*-
## @deftypefn {} {[@var{x}, @var{A}, @var{b}] =} checkQuadraticArgs (@var{fname}, @var{x}, @var{A}, @var{b})
## Check the arguments of a quadratic: @var{A} a real square n-by-n matrix,
## @var{x} and @var{b} n-by-1 columns; return the three as doubles.
## @end deftypefn
function [x, A, b] = checkQuadraticArgs (fname, x, A, b)
  A = checkMatrix (fname, "A", A);
  n = rows (A);
  if (columns (A) != n)
    error ("%s: A must be square (A is %s)", fname, shapeText (A));
  endif
  x = checkColumn (fname, "X", x, "N", n, "A", A);
  b = checkColumn (fname, "B", b, "N", n, "A", A);
endfunction
