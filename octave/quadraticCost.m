## -*- texinfo -*-
## @deftypefn {} {[@var{f}, @var{g}] =} quadraticCost (@var{x}, @var{A}, @var{b})
## The quadratic @code{f = 0.5 * x' * A * x - b' * x} and its gradient
## @code{g = A * x - b}, for @var{A} n-by-n symmetric and @var{b} and @var{x}
## n-by-1.  For @var{A} positive definite the minimum is at @code{A \ b}.
## @seealso{fmincg}
## @end deftypefn
function [f, g] = quadraticCost (x, A, b)
  if (nargin != 3)
    print_usage ();
  endif
  [x, A, b] = checkQuadraticArgs ("quadraticCost", x, A, b);
  Ax = A * x;
  g = Ax - b;
  f = 0.5 * (x' * Ax) - b' * x;
endfunction

%!test
%! A = [2 0; 0 4];
%! [f, g] = quadraticCost ([1; 1], A, [1; 1]);
%! assert (f, 3 - 2)
%! assert (g, [1; 3])

%!test
%! A = [3 1; 1 2];
%! b = [1; -1];
%! [f, g] = quadraticCost (A \ b, A, b);
%! assert (g, [0; 0], 1e-15)
%! assert (f, -0.5 * b' * (A \ b), 1e-15)

## Test input validation
%!error <Invalid call> quadraticCost (1, 1)
%!error <A must be square \(A is 2x3\)> quadraticCost ([1; 1], ones (2, 3), [1; 1])
%!error <A must be a real numeric matrix, got "a"> quadraticCost ([1; 1], "a", [1; 1])
%!error <X must be an N-by-1 column \(A is 2x2, so N = 2; X is 1x2\)> quadraticCost ([1 1], eye (2), [1; 1])
%!error <B must be an N-by-1 column \(A is 2x2, so N = 2; B is 1x2\)> quadraticCost ([1; 1], eye (2), [1 1])
