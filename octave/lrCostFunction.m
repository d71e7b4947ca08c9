## -*- texinfo -*-
## @deftypefn {} {[@var{J}, @var{grad}] =} lrCostFunction (@var{theta}, @var{X}, @var{y}, @var{lambda})
## Cost and gradient of regularised logistic regression:
##
## @example
## h = sigmoid (X * theta)
## J = (-y' * log (h) - (1 - y)' * log (1 - h)) / m + lambda / (2*m) * sum (theta(2:end).^2)
## grad = X' * (h - y) / m + lambda / m * [0; theta(2:end)]
## @end example
##
## @noindent
## @var{X} is m-by-n (a column of ones first), @var{y} m-by-1 of 0 and 1,
## @var{theta} n-by-1; the intercept @code{theta(1)} is not regularised.
## @seealso{sigmoid, fmincg}
## @end deftypefn
function [J, grad] = lrCostFunction (theta, X, y, lambda)
  if (nargin != 4)
    print_usage ();
  endif
  [X, y, theta] = checkRegressionArgs ("lrCostFunction", X, y, theta);
  lambda = checkScalar ("lrCostFunction", "LAMBDA", lambda);

  m = rows (X);
  h = sigmoid (X * theta);
  t = theta(2:end, :);  # 0-by-1 for an intercept alone: t' * t is then 0, not an empty matrix
  J = (-y' * log (h) - (1 - y)' * log (1 - h)) / m + (lambda / (2 * m)) * (t' * t);
  grad = (X' * (h - y)) / m;
  grad(2:end) += (lambda / m) * t;
endfunction

%!test
%! ## The course's own check, with its logical labels (y >= 0.5): cost 2.534819 and gradient
%! ## 0.146561, -0.548558, 0.724722, 1.398003, as ex3 publishes them (6 figures).
%! X = [ones(5, 1), reshape(1:15, 5, 3) / 10];
%! y = [1; 0; 1; 0; 1] >= 0.5;
%! [J, grad] = lrCostFunction ([-2; -1; 1; 2], X, y, 3);
%! assert (J, 2.534819, 5e-7)
%! assert (grad, [0.146561; -0.548558; 0.724722; 1.398003], 5e-7)
%! [J0, grad0] = lrCostFunction ([-2; -1; 1; 2], X, double (y), 3);
%! assert ([J; grad], [J0; grad0])

%!test
%! ## theta = 0: every h is 1/2, J = log (2), grad = X' * (1/2 - y) / m.
%! X = [1 2; 1 -1; 1 0.5];
%! y = [1; 0; 1];
%! [J, grad] = lrCostFunction ([0; 0], X, y, 3);
%! assert (J, log (2), eps)
%! assert (grad, X' * (0.5 - y) / 3, eps)

%!test
%! ## The penalty skips the intercept; the gradient is the gradient of J.
%! X = [1 2; 1 -1; 1 0.5; 1 3];
%! y = [1; 0; 1; 0];
%! t = [0.3; -0.8];
%! [J0, g0] = lrCostFunction (t, X, y, 0);
%! [J1, g1] = lrCostFunction (t, X, y, 2);
%! assert (J1 - J0, 2 / 8 * 0.64, 1e-15)
%! assert (g1(1), g0(1))
%! assert (g1, computeNumericalGradient (@(p) lrCostFunction (p, X, y, 2), t), 1e-8)

%!test
%! ## An intercept alone (n = 1): nothing to regularise, J is log (2) at 0, not an empty matrix.
%! [J, grad] = lrCostFunction (0, ones (3, 1), [1; 0; 1], 5);
%! assert (J, log (2), eps)
%! assert (grad, -1/6, eps)

%!test
%! ## Integer and single arguments are converted to double at the door (issue 11):
%! ## an int64 lambda gives the double result, not an int64 one; a single lambda
%! ## gives what its value as a double gives, in double precision.
%! X = [1 2 3; 1 -1 0.5; 1 0 -2];
%! y = [1; 0; 1];
%! t = [0.5; -1; 2];
%! [J, grad] = lrCostFunction (t, X, y, 1);
%! [Ji, gi] = lrCostFunction (t, X, y, int64 (1));
%! assert (Ji, J)
%! assert (gi, grad)
%! lam = single (0.3);
%! [Js, gs] = lrCostFunction (t, X, y, lam);
%! [Jd, gd] = lrCostFunction (t, X, y, double (lam));
%! assert (Js, Jd)
%! assert (gs, gd)
%! [Jt, gt] = lrCostFunction (int32 ([1; -1; 2]), int16 (X * 2), int8 (y), 0);
%! [Jr, gr] = lrCostFunction ([1; -1; 2], X * 2, y, 0);
%! assert (Jt, Jr)
%! assert (gt, gr)

## Test input validation
%!error <Invalid call> lrCostFunction (1, 1, 1)
%!error <Y must be an M-by-1 column> lrCostFunction ([0; 0], ones (3, 2), [1 0 1], 0)
%!error <THETA must be an N-by-1 column> lrCostFunction ([0 0], ones (3, 2), [1; 0; 1], 0)
%!error <LAMBDA must be a real scalar, got "a"> lrCostFunction ([0; 0], ones (3, 2), [1; 0; 1], "a")
