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
  n = rows (A);
  if (! (isnumeric (A) && isreal (A) && issquare (A) && n >= 1))
    error ("quadraticCost: A must be a real square matrix, got a %s of size %dx%d", class (A), rows (A), columns (A));
  endif
  if (! (isnumeric (x) && isreal (x) && isequal (size (x), [n, 1])))
    error ("quadraticCost: X must be an N-by-1 column (A is %dx%d; X is %dx%d)", n, n, rows (x), columns (x));
  endif
  if (! (isnumeric (b) && isreal (b) && isequal (size (b), [n, 1])))
    error ("quadraticCost: B must be an N-by-1 column (A is %dx%d; B is %dx%d)", n, n, rows (b), columns (b));
  endif
  Ax = double (A) * double (x);
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
%!error <A must be a real square matrix> quadraticCost ([1; 1], ones (2, 3), [1; 1])
%!error <X must be an N-by-1 column \(A is 2x2; X is 1x2\)> quadraticCost ([1 1], eye (2), [1; 1])
%!error <B must be an N-by-1 column> quadraticCost ([1; 1], eye (2), [1 1])
