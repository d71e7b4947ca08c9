## -*- texinfo -*-
## @deftypefn {} {[@var{theta}, @var{J_history}] =} gradientDescent (@var{X}, @var{y}, @var{theta}, @var{alpha}, @var{num_iters})
## Batch gradient descent for a straight-line fit: @var{X} is m-by-2 (a column
## of ones and one feature), @var{y} m-by-1, @var{theta} the 2-by-1 start.
## Each of the @var{num_iters} updates is
## @code{theta = theta - (alpha / m) * (X' * (X*theta - y))};
## @code{J_history(k)} is the cost (@code{computeCost}) after update @var{k}.
## It is the one-feature case of @code{gradientDescentMulti}, which it calls.
## @seealso{computeCost, gradientDescentMulti}
## @end deftypefn
function [theta, J_history] = gradientDescent (X, y, theta, alpha, num_iters)
  if (nargin != 5)
    print_usage ();
  endif
  [X, y, theta] = checkRegressionArgs ("gradientDescent", X, y, theta);
  checkTwoColumns ("gradientDescent", X);
  [alpha, num_iters] = checkStepArgs ("gradientDescent", alpha, num_iters);
  num_iters = double (num_iters);

  ## The one-feature case of the general update, after its own checks.
  [theta, J_history] = gradientDescentMulti (X, y, theta, alpha, num_iters);
endfunction

%!test
%! ## One step by hand: X'*(X*0 - y) = -[6; 14], alpha/m = 0.1/3.
%! X = [1 1; 1 2; 1 3];
%! [theta, J] = gradientDescent (X, [1; 2; 3], [0; 0], 0.1, 1);
%! assert (theta, [0.2; 14/30], 4*eps)
%! assert (J, computeCost (X, [1; 2; 3], theta))

%!test
%! ## Same iterates as gradientDescentMulti.
%! X = [ones(6, 1), (0:5)'];
%! y = [1; -2; 3.5; 4; 0; 7];
%! [t1, J1] = gradientDescent (X, y, [1; 1], 0.05, 50);
%! [t2, J2] = gradientDescentMulti (X, y, [1; 1], 0.05, 50);
%! assert (t1, t2)
%! assert (J1, J2)

## Test input validation
%!error <Invalid call> gradientDescent ()
%!error <X must have 2 columns, ones and one feature \(X is 3x3\); use the multi-feature version for more>
%! gradientDescent (ones (3, 3), [1; 2; 3], [0; 0; 0], 0.1, 1)
%!error <ALPHA must be a real scalar, got "a"> gradientDescent (ones (3, 2), [1; 2; 3], [0; 0], "a", 1)
%!error <NUM_ITERS must be a non-negative integer, got an array of size 1x2> gradientDescent (ones (3, 2), [1; 2; 3], [0; 0], 0.1, [1 2])
