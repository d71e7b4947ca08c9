## -*- texinfo -*-
## @deftypefn {} {@var{theta} =} trainLinearReg (@var{X}, @var{y}, @var{lambda})
## Fit regularised linear regression: minimise @code{linearRegCostFunction
## (X, y, theta, lambda)} over @var{theta} with @code{fmincg}, from
## @code{zeros (n, 1)}, for at most 200 line searches.
##
## @var{X} is m-by-n (a column of ones first), @var{y} m-by-1; @var{theta}
## is n-by-1.  The options are the course's, @code{MaxIter} 200, with
## @code{Display} @qcode{"off"}: the course's fmincg prints a line per line
## search, 200 lines per fit (and a fit per row in @code{learningCurve});
## its @code{GradObj} option is left out, as fmincg always uses the gradient
## (and warns about an option it does not know).
##
## The cost is a convex quadratic, so where it is well conditioned fmincg
## reaches its minimiser, @code{(X'*X + lambda*diag ([0, ones(1, n-1)])) \ X'*y},
## long before 200 line searches; where it is not (high powers of unscaled
## features, as @code{polyFeatures} makes them) the 200 searches stop short of it
## and the result depends on rounding: normalise the features first.  With
## fewer examples than parameters and @var{lambda} 0, the search stays in the
## row space of @var{X} and finds the minimum-norm solution.
## @seealso{linearRegCostFunction, fmincg, learningCurve, validationCurve}
## @end deftypefn
function theta = trainLinearReg (X, y, lambda)
  if (nargin != 3)
    print_usage ();
  endif
  [X, y] = checkRegressionArgs ("trainLinearReg", X, y);
  lambda = checkScalar ("trainLinearReg", "LAMBDA", lambda);

  options = struct ("MaxIter", 200, "Display", "off");
  theta = fmincg (@(t) linearRegCostFunction (X, y, t, lambda), zeros (columns (X), 1), options);
endfunction

%!test
%! ## A well-conditioned problem: fmincg reaches the regularised normal equations' solution, to
%! ## where the cost is flat to rounding (about 1e-8 of theta: 2.4e-8 at worst over 200 random
%! ## problems of condition below 20).
%! X = [ones(6, 1), [-1; -0.5; 0; 0.4; 0.8; 1.3], [0.2; -0.9; 0.5; 1; -0.3; 0.1]];
%! y = [0.3; -1.2; 0.8; 2; 0.1; 1.4];
%! for lambda = [0, 0.5, 3]
%!   theta = trainLinearReg (X, y, lambda);
%!   exact = (X' * X + lambda * diag ([0 1 1])) \ (X' * y);
%!   assert (size (theta), [3, 1])
%!   assert (theta, exact, 1e-7)
%! endfor

%!test
%! ## An exact line is found; a large lambda flattens the slope towards 0 and leaves the intercept
%! ## free: it tends to mean (y).
%! X = [1 0; 1 1; 1 2; 1 3];
%! assert (trainLinearReg (X, [1; 3; 5; 7], 0), [1; 2], 1e-7)
%! theta = trainLinearReg (X, [1; 3; 5; 7], 1e6);
%! assert (abs (theta(2)) < 1e-4)
%! assert (theta(1), 4, 1e-3)

%!test
%! ## One example and two parameters, lambda 0: the minimum-norm fit, X' * y / (X * X').
%! theta = trainLinearReg ([1 2], 5, 0);
%! assert (theta, [1; 2], 1e-12)

%!test
%! ## An intercept alone: the mean of y; logical y and an integer lambda are their values.
%! assert (trainLinearReg (ones (4, 1), [1; 2; 3; 6], 2), 3, 1e-12)
%! assert (trainLinearReg ([1 0; 1 1; 1 2], logical ([0; 1; 1]), int8 (1)),
%!         trainLinearReg ([1 0; 1 1; 1 2], [0; 1; 1], 1))

## Test input validation
%!error <Invalid call> trainLinearReg (ones (3, 2), [1; 2; 3])
%!error <trainLinearReg: X must have at least one row and one column \(X is 0x2\)>
%! trainLinearReg (zeros (0, 2), zeros (0, 1), 0)
%!error <trainLinearReg: Y must be an M-by-1 column \(X is 3x2, so M = 3; Y is 1x3\)>
%! trainLinearReg (ones (3, 2), [1 2 3], 0)
%!error <trainLinearReg: LAMBDA must be a real scalar, got "a"> trainLinearReg (ones (3, 2), [1; 2; 3], "a")
