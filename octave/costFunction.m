## -*- texinfo -*-
## @deftypefn {} {[@var{J}, @var{grad}] =} costFunction (@var{theta}, @var{X}, @var{y})
## Cost and gradient of (unregularised) logistic regression:
##
## @example
## h = sigmoid (X * theta)
## J = (-y' * log (h) - (1 - y)' * log (1 - h)) / m
## grad = X' * (h - y) / m
## @end example
##
## @noindent
## @var{X} is m-by-n (a column of ones first), @var{y} m-by-1 of 0 and 1
## (logical labels such as @code{y == c} are their 1s and 0s), @var{theta}
## n-by-1; @var{grad} is n-by-1.
## @seealso{costFunctionReg, lrCostFunction, sigmoid, predict, fmincg}
## @end deftypefn
function [J, grad] = costFunction (theta, X, y)
  if (nargin != 3)
    print_usage ();
  endif
  [X, y, theta] = checkRegressionArgs ("costFunction", X, y, theta);

  m = rows (X);
  h = sigmoid (X * theta);
  J = (-y' * log (h) - (1 - y)' * log (1 - h)) / m;
  grad = (X' * (h - y)) / m;
endfunction

%!shared X, y
%! ## ex2data1: two exam scores and admitted (0/1), 100 rows, from the project's data/ folder.
%! d = csvread (fullfile (fileparts (which ("costFunction")), "..", "data", "ex2data1.csv"), 1, 0);
%! X = [ones(rows (d), 1), d(:, 1:2)];
%! y = d(:, 3);

%!test
%! ## The course's published figures (ex2): theta = zeros gives cost 0.693147 and
%! ## gradient -0.1000, -12.0092, -11.2628.
%! [J, grad] = costFunction (zeros (3, 1), X, y);
%! assert (J, 0.693147, 5e-7)
%! assert (grad, [-0.1000; -12.0092; -11.2628], 5e-5)
%! assert (size (grad), [3, 1])

%!test
%! ## theta = [-24; 0.2; 0.2] gives cost 0.218 and gradient 0.043, 2.566, 2.647.
%! [J, grad] = costFunction ([-24; 0.2; 0.2], X, y);
%! assert (J, 0.218, 5e-4)
%! assert (grad, [0.043; 2.566; 2.647], 5e-4)

%!test
%! ## theta = 0: every h is 1/2, so J = log (2) and grad = X' * (1/2 - y) / m, whatever X.
%! Xs = [1 2; 1 -1; 1 0.5];
%! ys = [1; 0; 1];
%! [J, grad] = costFunction ([0; 0], Xs, ys);
%! assert (J, log (2), eps)
%! assert (grad, Xs' * (0.5 - ys) / 3, eps)

%!test
%! ## The gradient is the gradient of J; logical labels (y == 1) are their 1s and 0s.
%! t = [-20; 0.15; 0.18];
%! [J, grad] = costFunction (t, X, y == 1);
%! [J0, grad0] = costFunction (t, X, y);
%! assert ([J; grad], [J0; grad0])
%! assert (grad, computeNumericalGradient (@(p) costFunction (p, X, y), t, 1e-6), -1e-6)

%!test
%! ## costFunctionReg with lambda 0 and lrCostFunction with lambda 0 are the same function.
%! t = [-24; 0.2; 0.2];
%! [J, grad] = costFunction (t, X, y);
%! [Jr, gradr] = costFunctionReg (t, X, y, 0);
%! [Jl, gradl] = lrCostFunction (t, X, y, 0);
%! assert ([Jr; gradr], [J; grad])
%! assert ([Jl; gradl], [J; grad])

%!test
%! ## A confident wrong prediction costs Inf (log (0)), as in the course; an Inf theta gives NaN
%! ## where 0 * Inf appears, silently.
%! [J, grad] = costFunction ([0; 1000], [1 1; 1 -1], [0; 1]);
%! assert (J, Inf)
%! assert (grad, [0; 1])
%! [J, grad] = costFunction ([Inf; 0], [1 1; 1 -1], [0; 1]);
%! assert (isnan (J))

%!test
%! ## Integer, single and logical arguments are converted to double at the door.
%! Xs = [1 2 3; 1 -1 0.5; 1 0 -2];
%! [Jt, gt] = costFunction (int32 ([1; -1; 2]), int16 (Xs * 2), int8 ([1; 0; 1]));
%! [Jr, gr] = costFunction ([1; -1; 2], Xs * 2, [1; 0; 1]);
%! assert ([Jt; gt], [Jr; gr])
%! [Js, gs] = costFunction ([0.5; -1; 2], single (Xs), [1; 0; 1]);
%! [Jd, gd] = costFunction ([0.5; -1; 2], double (single (Xs)), [1; 0; 1]);
%! assert ([Js; gs], [Jd; gd])
%! assert (class (Js), "double")

## Test input validation
%!error <Invalid call> costFunction ([0; 0], ones (3, 2))
%!error <called with too many inputs> costFunction ([0; 0], ones (3, 2), [1; 0; 1], 1)
%!error <costFunction: Y must be an M-by-1 column \(X is 3x2, so M = 3; Y is 1x3\)> costFunction ([0; 0], ones (3, 2), [1 0 1])
%!error <costFunction: THETA must be an N-by-1 column \(X is 3x2, so N = 2; THETA is 3x1\)> costFunction ([0; 0; 0], ones (3, 2), [1; 0; 1])
%!error <costFunction: X must be a real numeric matrix, got a complex array of size 3x2> costFunction ([0; 0], ones (3, 2) * i, [1; 0; 1])
%!error <costFunction: THETA must be a real numeric N-by-1 column, got "ab"> costFunction ("ab", ones (3, 2), [1; 0; 1])
