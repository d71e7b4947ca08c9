## -*- texinfo -*-
## @deftypefn {} {[@var{J}, @var{grad}] =} selfExpressiveCost (@var{c}, @var{X}, @var{lambda}, @var{epsilon})
## Cost and gradient of a self-expressive model with an exact zero diagonal:
## each column of @var{X} (d-by-n) is expressed by the others,
##
## @example
## J = sum over i of ||x_i - X*c_i||^2 + lambda * sum over i of sqrt (||c_i||^2 + epsilon)
## @end example
##
## @noindent
## for the coefficients C (n-by-n), unrolled column-major in @var{c}
## (n^2-by-1), under the constraint @code{C(i,i) = 0}.  The diagonal is not
## a free parameter: it must be 0 in @var{c}, and its gradient is exactly 0,
## so a minimiser that starts with a zero diagonal (fmincg) never moves it.
## @var{epsilon} > 0 keeps the square root differentiable at a zero column.
## @seealso{fmincg}
## @end deftypefn
function [J, grad] = selfExpressiveCost (c, X, lambda, epsilon)
  if (nargin != 4)
    print_usage ();
  endif
  [C, X] = checkSelfExpressiveArgs ("selfExpressiveCost", c, X, lambda, epsilon);
  lambda = double (lambda);
  epsilon = double (epsilon);
  n = columns (X);

  R = X - X * C;                                   # residual of each column
  norms = sqrt (sum (C .* C, 1) + epsilon);        # 1-by-n
  J = sum (sum (R .* R)) + lambda * sum (norms);
  G = -2 * (X' * R) + lambda * (C ./ norms);
  G(1:n+1:end) = 0;                                # the constraint: no gradient on the diagonal
  grad = G(:);
endfunction

%!test
%! ## C = 0: J = ||X||_F^2 + lambda * n * sqrt (epsilon).
%! X = [1 2 0; 0 1 3];
%! [J, grad] = selfExpressiveCost (zeros (9, 1), X, 0.5, 1e-4);
%! assert (J, 15 + 0.5 * 3 * 1e-2, 1e-12)
%! assert (grad([1 5 9]), [0; 0; 0])

%!test
%! ## The off-diagonal gradient is the gradient of J.
%! X = [1 2 0.5; -1 1 3; 0.3 0 1];
%! c = [0; 0.2; -0.1; 0.3; 0; 0.4; -0.2; 0.1; 0];
%! [~, grad] = selfExpressiveCost (c, X, 0.7, 1e-3);
%! off = setdiff (1:9, [1 5 9]);           # only the free parameters can be perturbed
%! num = computeNumericalGradient (@(p) selfExpressiveCost (accumarray (off(:), p, [9, 1]), X, 0.7, 1e-3), c(off));
%! assert (grad(off), num, 1e-7)

%!test
%! ## fmincg never moves the diagonal.
%! X = [1 2 0.5 1; -1 1 3 0; 0.3 0 1 2];
%! c = fmincg (@(p) selfExpressiveCost (p, X, 0.1, 1e-6), zeros (16, 1), struct ("MaxIter", 30, "Display", "off"));
%! assert (c([1 6 11 16]), zeros (4, 1))
%! assert (any (c != 0))

%!test
%! ## Single and integer LAMBDA and EPSILON give double results (issue 11).
%! X = [1 2 0; 0 1 3];
%! c = [0; 0.5; -1; 0.25; 0; 2; 1; -0.5; 0];
%! [J, g] = selfExpressiveCost (c, X, single (0.3), int8 (1));
%! [Jd, gd] = selfExpressiveCost (c, X, double (single (0.3)), 1);
%! assert (J, Jd)
%! assert (g, gd)

## Test input validation
%!error <Invalid call> selfExpressiveCost (1, 1, 1)
%!error <the diagonal of C must be 0, but its 2nd element is 0.5> selfExpressiveCost ([0; 0; 0; 0.5], eye (2), 1, 1)
%!error <C must be an N\^2-by-1 column \(X is 2x2, so N\^2 = 4; C is 3x1\)> selfExpressiveCost (zeros (3, 1), eye (2), 1, 1)
%!error <EPSILON must be a positive real scalar, got 0> selfExpressiveCost (zeros (4, 1), eye (2), 1, 0)
%!error <LAMBDA must be a real scalar, got an array of size 1x2> selfExpressiveCost (zeros (4, 1), eye (2), [1 2], 1)
