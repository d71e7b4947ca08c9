## -*- texinfo -*-
## @deftypefn {} {[@var{theta}, @var{J_history}] =} gradientDescentMulti (@var{X}, @var{y}, @var{theta}, @var{alpha}, @var{num_iters})
## Batch gradient descent on the squared-error cost of the linear model
## @code{@var{X}*@var{theta}}: @var{num_iters} updates
## @code{theta = theta - (alpha / m) * (X' * (X*theta - y))}.
##
## @var{X} is m-by-n, @var{y} m-by-1, @var{theta} the n-by-1 start.
## @var{J_history} is num_iters-by-1; @code{J_history(k)} is the cost
## (@code{computeCostMulti}) after update @var{k}.
## @seealso{computeCostMulti, gradientDescent, normalEqn}
## @end deftypefn
function [theta, J_history] = gradientDescentMulti (X, y, theta, alpha, num_iters)
  if (nargin != 5)
    print_usage ();
  endif
  [X, y, theta] = checkRegressionArgs ("gradientDescentMulti", X, y, theta);
  [alpha, num_iters] = checkStepArgs ("gradientDescentMulti", alpha, num_iters);
  num_iters = double (num_iters);

  ## Checked once, at the door: the loop is the course's two lines, computeCostMulti's cost written
  ## in (its own checks would cost more than an update on a small X), and the residual X*theta - y of
  ## each cost is the one the next update starts from, so X is read twice an update, not three times.
  ## Every value is the one the plain loop computes, bit for bit.
  m = rows (X);
  J_history = zeros (num_iters, 1);
  err = X * theta - y;
  for iter = 1:num_iters
    theta = theta - (alpha / m) * (X' * err);
    err = X * theta - y;
    J_history(iter) = sum (err .* err) / (2 * m);
  endfor
endfunction

%!test
%! ## Bit for bit the plain loop, with computeCostMulti called at every update.
%! X = [ones(7, 1), sin(1:7)', cos(1:7)' * 3];
%! y = (1:7)' / 3;
%! [theta, J] = gradientDescentMulti (X, y, [0.5; -1; 2], 0.07, 40);
%! t = [0.5; -1; 2];
%! for k = 1:40
%!   t = t - (0.07 / 7) * (X' * (X * t - y));
%!   assert (J(k), computeCostMulti (X, y, t))
%! endfor
%! assert (theta, t)

%!test
%! ## One step by hand: X'*(X*0 - y) = -[6; 14], alpha/m = 0.1/3.
%! X = [1 1; 1 2; 1 3];
%! y = [1; 2; 3];
%! [theta, J] = gradientDescentMulti (X, y, [0; 0], 0.1, 1);
%! assert (theta, [0.2; 14/30], 4*eps)
%! assert (J, computeCostMulti (X, y, theta))

%!test
%! ## Converges to the least-squares solution; the cost falls until it settles.
%! X = [ones(4, 1), [0; 1; 2; 4]];
%! y = [1; 3; 4; 9];
%! [theta, J] = gradientDescentMulti (X, y, [0; 0], 0.1, 2000);
%! assert (theta, X \ y, 1e-10)
%! assert (all (diff (J(1:100)) < 0))
%! assert (J(end), computeCostMulti (X, y, X \ y), 1e-14)
%! assert (size (J), [2000, 1])

%!test
%! ## No iterations: theta unchanged, an empty 0-by-1 history.
%! [theta, J] = gradientDescentMulti ([1 2; 1 3], [1; 2], [5; 6], 0.1, 0);
%! assert (theta, [5; 6])
%! assert (size (J), [0, 1])

%!test
%! ## Single and integer ALPHA and NUM_ITERS give double results (issue 11).
%! [t, J] = gradientDescentMulti ([1 1; 1 2], [1; 2], [0; 0], single (0.1), int32 (3));
%! [td, Jd] = gradientDescentMulti ([1 1; 1 2], [1; 2], [0; 0], double (single (0.1)), 3);
%! assert (t, td)
%! assert (J, Jd)

## Test input validation
%!error <Invalid call> gradientDescentMulti (1, 1, 1, 0.1)
%!error <Y must be an M-by-1 column> gradientDescentMulti (ones (3, 2), [1 2 3], [0; 0], 0.1, 1)
%!error <THETA must be an N-by-1 column> gradientDescentMulti (ones (3, 2), [1; 2; 3], [0 0], 0.1, 1)
%!error <ALPHA must be a real scalar, got an array of size 1x2> gradientDescentMulti (ones (3, 2), [1; 2; 3], [0; 0], [0.1 0.2], 1)
%!error <NUM_ITERS must be a non-negative integer, got 1.5> gradientDescentMulti (ones (3, 2), [1; 2; 3], [0; 0], 0.1, 1.5)
%!error <NUM_ITERS must be a non-negative integer, got -1> gradientDescentMulti (ones (3, 2), [1; 2; 3], [0; 0], 0.1, -1)
