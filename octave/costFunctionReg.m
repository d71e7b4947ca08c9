## -*- texinfo -*-
## @deftypefn {} {[@var{J}, @var{grad}] =} costFunctionReg (@var{theta}, @var{X}, @var{y}, @var{lambda})
## Cost and gradient of regularised logistic regression, the intercept
## @code{theta(1)} not regularised:
##
## @example
## h = sigmoid (X * theta)
## J = (-y' * log (h) - (1 - y)' * log (1 - h)) / m + lambda / (2*m) * sum (theta(2:end).^2)
## grad = X' * (h - y) / m + lambda / m * [0; theta(2:end)]
## @end example
##
## @noindent
## @var{X} is m-by-n (a column of ones first, such as @code{mapFeature}'s
## 28 columns), @var{y} m-by-1 of 0 and 1, @var{theta} n-by-1, @var{lambda}
## a real scalar; @var{grad} is n-by-1.
## @seealso{costFunction, mapFeature, lrCostFunction, predict, fmincg}
## @end deftypefn
function [J, grad] = costFunctionReg (theta, X, y, lambda)
  if (nargin != 4)
    print_usage ();
  endif
  [X, y, theta] = checkRegressionArgs ("costFunctionReg", X, y, theta);
  lambda = checkScalar ("costFunctionReg", "LAMBDA", lambda);

  m = rows (X);
  h = sigmoid (X * theta);
  t = theta(2:end, :);  # 0-by-1 for an intercept alone: t' * t is then 0, not an empty matrix
  J = (-y' * log (h) - (1 - y)' * log (1 - h)) / m + (lambda / (2 * m)) * (t' * t);
  grad = (X' * (h - y)) / m;
  grad(2:end) += (lambda / m) * t;
endfunction

%!shared X, y
%! ## ex2data2: two microchip test results and accepted (0/1), 118 rows, mapped to 28 features.
%! d = csvread (fullfile (fileparts (which ("costFunctionReg")), "..", "data", "ex2data2.csv"), 1, 0);
%! X = mapFeature (d(:, 1), d(:, 2));
%! y = d(:, 3);

%!test
%! ## The course's published figures (ex2_reg): theta = zeros, lambda 1: cost 0.693 ...
%! [J, grad] = costFunctionReg (zeros (28, 1), X, y, 1);
%! assert (J, 0.693, 5e-4)
%! assert (size (grad), [28, 1])
%! ## ... and the first five gradient entries 0.0085, 0.0188, 0.0001, 0.0503, 0.0115.
%! assert (grad(1:5), [0.0085; 0.0188; 0.0001; 0.0503; 0.0115], 5e-5)

%!test
%! ## theta = ones, lambda 10: cost 3.16 (and gradient 0.3460, 0.1614, 0.1948, 0.2269, 0.0922).
%! [J, grad] = costFunctionReg (ones (28, 1), X, y, 10);
%! assert (J, 3.16, 5e-3)
%! assert (grad(1:5), [0.3460; 0.1614; 0.1948; 0.2269; 0.0922], 5e-5)

%!test
%! ## The penalty skips the intercept; the gradient is the gradient of J.
%! Xs = [1 2; 1 -1; 1 0.5; 1 3];
%! ys = [1; 0; 1; 0];
%! t = [0.3; -0.8];
%! [J0, g0] = costFunctionReg (t, Xs, ys, 0);
%! [J1, g1] = costFunctionReg (t, Xs, ys, 2);
%! assert (J1 - J0, 2 / 8 * 0.64, 1e-15)
%! assert (g1(1), g0(1))
%! assert (g1, computeNumericalGradient (@(p) costFunctionReg (p, Xs, ys, 2), t), 1e-8)

%!test
%! ## It is lrCostFunction (ex3's vectorised version) under another name, to the bit.
%! t = sin (1:28)';
%! [J, grad] = costFunctionReg (t, X, y, 3);
%! [Jl, gradl] = lrCostFunction (t, X, y, 3);
%! assert ([J; grad], [Jl; gradl])

%!test
%! ## An intercept alone (n = 1): nothing to regularise.
%! [J, grad] = costFunctionReg (0, ones (3, 1), [1; 0; 1], 5);
%! assert (J, log (2), eps)
%! assert (grad, -1/6, eps)

%!test
%! ## Integer, single and logical arguments are converted to double at the door.
%! Xs = [1 2 3; 1 -1 0.5; 1 0 -2];
%! [J, grad] = costFunctionReg ([0.5; -1; 2], Xs, [1; 0; 1], 1);
%! [Ji, gi] = costFunctionReg ([0.5; -1; 2], Xs, [true; false; true], int64 (1));
%! assert ([Ji; gi], [J; grad])
%! [Js, gs] = costFunctionReg ([0.5; -1; 2], Xs, [1; 0; 1], single (0.3));
%! [Jd, gd] = costFunctionReg ([0.5; -1; 2], Xs, [1; 0; 1], double (single (0.3)));
%! assert ([Js; gs], [Jd; gd])

## Test input validation
%!error <Invalid call> costFunctionReg ([0; 0], ones (3, 2), [1; 0; 1])
%!error <costFunctionReg: Y must be an M-by-1 column \(X is 3x2, so M = 3; Y is 1x3\)> costFunctionReg ([0; 0], ones (3, 2), [1 0 1], 0)
%!error <costFunctionReg: THETA must be an N-by-1 column \(X is 3x2, so N = 2; THETA is 1x2\)> costFunctionReg ([0 0], ones (3, 2), [1; 0; 1], 0)
%!error <costFunctionReg: LAMBDA must be a real scalar, got "a"> costFunctionReg ([0; 0], ones (3, 2), [1; 0; 1], "a")
%!error <costFunctionReg: LAMBDA must be a real scalar, got an array of size 1x2> costFunctionReg ([0; 0], ones (3, 2), [1; 0; 1], [1 2])
