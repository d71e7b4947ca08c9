## -*- texinfo -*-
## @deftypefn {} {[@var{J}, @var{grad}] =} linearRegCostFunction (@var{X}, @var{y}, @var{theta}, @var{lambda})
## Cost and gradient of regularised linear regression:
##
## @example
## err = X * theta - y
## J = sum (err .* err) / (2*m) + lambda / (2*m) * sum (theta(2:end).^2)
## grad = X' * err / m + lambda / m * [0; theta(2:end)]
## @end example
##
## @noindent
## @var{X} is m-by-n (a column of ones first), @var{y} m-by-1, @var{theta}
## n-by-1; the intercept @code{theta(1)} is not regularised.  The squares are
## taken as products (@code{err .* err}, @code{t' * t}), which are correctly
## rounded; @code{.^2} goes through the C library's @code{pow}.  With
## @var{lambda} 0 this is @code{computeCostMulti} and its gradient.
## @seealso{trainLinearReg, computeCostMulti, fmincg}
## @end deftypefn
function [J, grad] = linearRegCostFunction (X, y, theta, lambda)
  if (nargin != 4)
    print_usage ();
  endif
  [X, y, theta] = checkRegressionArgs ("linearRegCostFunction", X, y, theta);
  lambda = checkScalar ("linearRegCostFunction", "LAMBDA", lambda);

  m = rows (X);
  err = X * theta - y;
  t = theta(2:end, :);  # 0-by-1 for an intercept alone: t' * t is then 0, not an empty matrix
  J = sum (err .* err) / (2 * m) + (lambda / (2 * m)) * (t' * t);
  grad = (X' * err) / m;
  grad(2:end) += (lambda / m) * t;
endfunction

%!test
%! ## By hand: predictions 1, 2, 3 against 1, 2, 4 leave one error of -1, so J = 1/6 without the
%! ## penalty; lambda 3 adds 3/6 * 1^2 = 1/2 for theta(2) = 1 (theta(1) is not penalised).
%! X = [1 0; 1 1; 1 2];
%! y = [1; 2; 4];
%! [J, grad] = linearRegCostFunction (X, y, [1; 1], 0);
%! assert (J, 1 / 6, eps)
%! assert (grad, [-1/3; -2/3], eps)
%! [J, grad] = linearRegCostFunction (X, y, [1; 1], 3);
%! assert (J, 1 / 6 + 1 / 2, eps)
%! assert (grad, [-1/3; -2/3 + 1], eps)

%!test
%! ## With lambda 0 the cost is computeCostMulti's, bit for bit.
%! X = [1 2 3; 1 5 7; 1 -1 4; 1 0 0.5];
%! y = [1; -2; 3; 0.25];
%! t = [0.5; -1; 2];
%! assert (linearRegCostFunction (X, y, t, 0), computeCostMulti (X, y, t))

%!test
%! ## The gradient is the gradient of J; the intercept is never penalised.
%! X = [1 0.3 -1; 1 1.2 0.4; 1 -0.7 2; 1 0.1 0.9; 1 2 -0.5];
%! y = [0.5; -1; 2; 0; 1.5];
%! t = [0.2; -0.4; 0.9];
%! [J, grad] = linearRegCostFunction (X, y, t, 1.5);
%! assert (grad, computeNumericalGradient (@(p) linearRegCostFunction (X, y, p, 1.5), t), 1e-8)
%! [Ja, ga] = linearRegCostFunction (X, y, [3; 0; 0], 0);
%! [Jb, gb] = linearRegCostFunction (X, y, [3; 0; 0], 100);
%! assert ([Ja; ga], [Jb; gb])

%!test
%! ## An intercept alone (n = 1): nothing to regularise, J a scalar, not an empty matrix.
%! [J, grad] = linearRegCostFunction (ones (3, 1), [1; 2; 3], 1, 5);
%! assert (J, 5 / 6, eps)
%! assert (grad, -1, eps)

%!test
%! ## Integer, single and logical arguments are taken as their values as doubles.
%! X = [1 2; 1 -1; 1 0];
%! y = [1; 0; 1];
%! [J, grad] = linearRegCostFunction (X, y, [0.5; 2], 1);
%! [Ji, gi] = linearRegCostFunction (int8 (X), logical (y), [0.5; 2], int64 (1));
%! assert ([Ji; gi], [J; grad])
%! [Js, gs] = linearRegCostFunction (X, y, [0.5; 2], single (0.3));
%! [Jd, gd] = linearRegCostFunction (X, y, [0.5; 2], double (single (0.3)));
%! assert ([Js; gs], [Jd; gd])
%! assert (isa (Js, "double"))

%!test
%! ## NaN and Inf propagate as plain arithmetic does: an infinite theta(2) costs Inf, and with
%! ## lambda 0 its penalty is 0 * Inf, NaN, as the formula says.
%! [J, grad] = linearRegCostFunction ([1 NaN; 1 2], [1; 2], [1; 1], 1);
%! assert (isnan (J))
%! assert (isnan (grad))
%! [J, grad] = linearRegCostFunction ([1 2; 1 3], [1; 2], [1; Inf], 1);
%! assert ([J; grad], [Inf; Inf; Inf])
%! assert (isnan (linearRegCostFunction ([1 2; 1 3], [1; 2], [1; Inf], 0)))

## Test input validation
%!error <Invalid call> linearRegCostFunction (ones (3, 2), [1; 2; 3], [1; 1])
%!error <linearRegCostFunction: X must be a real numeric matrix, got a cell array of size 1x1>
%! linearRegCostFunction ({1}, 1, 1, 0)
%!error <linearRegCostFunction: Y must be an M-by-1 column \(X is 3x2, so M = 3; Y is 1x3\)>
%! linearRegCostFunction (ones (3, 2), [1 2 3], [1; 1], 0)
%!error <linearRegCostFunction: THETA must be an N-by-1 column \(X is 3x2, so N = 2; THETA is 1x2\)>
%! linearRegCostFunction (ones (3, 2), [1; 2; 3], [1 1], 0)
%!error <linearRegCostFunction: LAMBDA must be a real scalar, got "a">
%! linearRegCostFunction (ones (3, 2), [1; 2; 3], [1; 1], "a")
%!error <linearRegCostFunction: LAMBDA must be a real scalar, got an array of size 1x2>
%! linearRegCostFunction (ones (3, 2), [1; 2; 3], [1; 1], [1 2])
