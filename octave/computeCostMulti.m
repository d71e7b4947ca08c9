## -*- texinfo -*-
## @deftypefn {} {@var{J} =} computeCostMulti (@var{X}, @var{y}, @var{theta})
## Squared-error cost of the linear model @code{@var{X}*@var{theta}} against
## @var{y}: @code{sum ((X*theta - y).^2) / (2*m)}.
##
## @var{X} is m-by-n (a column of ones first, then the features), @var{y} is
## m-by-1 and @var{theta} is n-by-1.  The square is taken as @code{err .* err},
## which is correctly rounded (@code{.^2} goes through the C library's pow).
## @seealso{computeCost, gradientDescentMulti}
## @end deftypefn
function J = computeCostMulti (X, y, theta)
  if (nargin != 3)
    print_usage ();
  endif
  [X, y, theta] = checkRegressionArgs ("computeCostMulti", X, y, theta);

  m = rows (X);
  err = X * theta - y;
  J = sum (err .* err) / (2 * m);
endfunction

%!test
%! ## Hand-checked: predictions 1, 2, 3 against 1, 2, 4 leave one error of 1.
%! X = [1 0; 1 1; 1 2];
%! assert (computeCostMulti (X, [1; 2; 4], [1; 1]), 1 / 6, eps)

%!test
%! ## A perfect fit costs nothing; theta = 0 costs sum (y.^2) / (2*m).
%! X = [1 2 3; 1 5 7; 1 -1 4; 1 0 0];
%! theta = [0.5; -1; 2];
%! assert (computeCostMulti (X, X * theta, theta), 0)
%! assert (computeCostMulti (X, [1; 2; 3; 4], zeros (3, 1)), 30 / 8)

%!test
%! ## m = 1 and a NaN in X propagate as plain arithmetic does.
%! assert (computeCostMulti ([1 3], 5, [1; 1]), 0.5)
%! assert (isnan (computeCostMulti ([1 NaN; 1 2], [1; 2], [1; 1])))

%!test
%! ## Integer inputs are taken as doubles.
%! assert (computeCostMulti (int32 ([1 1; 1 2]), [1; 2], [0; 1]), 0)

## Test input validation
%!error <Invalid call> computeCostMulti ()
%!error <Invalid call> computeCostMulti ([1 1], 1)
%!error <X must be a real numeric matrix, got a cell array of size 1x1> computeCostMulti ({1}, 1, 1)
%!error <X must be a real numeric matrix, got a complex array of size 1x2> computeCostMulti ([1i 1], 1, [1; 1])
%!error <X must have at least one row and one column \(X is 0x2\)> computeCostMulti (zeros (0, 2), zeros (0, 1), [1; 1])
%!error <Y must be a real numeric M-by-1 column, got "abc"> computeCostMulti (ones (3, 2), "abc", [1; 1])
%!error <Y must be an M-by-1 column \(X is 3x2, so M = 3; Y is 1x3\)>
%! computeCostMulti (ones (3, 2), [1 2 3], [1; 1])
%!error <Y must be an M-by-1 column> computeCostMulti (ones (3, 2), ones (3, 2), [1; 1])
%!error <THETA must be an N-by-1 column \(X is 3x2, so N = 2; THETA is 1x2\)>
%! computeCostMulti (ones (3, 2), [1; 2; 3], [1 1])
%!error <THETA must be an N-by-1 column> computeCostMulti (ones (3, 2), [1; 2; 3], [1; 1; 1])
