## -*- texinfo -*-
## @deftypefn {} {@var{J} =} computeCost (@var{X}, @var{y}, @var{theta})
## Squared-error cost of a straight-line fit: @code{sum ((X*theta - y).^2) / (2*m)}
## for @var{X} m-by-2 (a column of ones and one feature), @var{y} m-by-1 and
## @var{theta} 2-by-1.
##
## This is the one-feature form of @code{computeCostMulti}; it refuses more
## features so that a call with the wrong design matrix is seen at once.
## @seealso{computeCostMulti, gradientDescent}
## @end deftypefn
function J = computeCost (X, y, theta)
  if (nargin != 3)
    print_usage ();
  endif
  [X, y, theta] = checkRegressionArgs ("computeCost", X, y, theta);
  checkTwoColumns ("computeCost", X);

  ## The one-feature case of computeCostMulti's cost, written in: a call costs more than the cost on
  ## a small X.
  m = rows (X);
  err = X * theta - y;
  J = sum (err .* err) / (2 * m);
endfunction

%!test
%! ## Predictions 1, 2, 3 against 1, 2, 4: one error of 1 over 2*m = 6.
%! X = [1 0; 1 1; 1 2];
%! assert (computeCost (X, [1; 2; 4], [1; 1]), 1 / 6, eps)
%! assert (computeCost (X, [1; 2; 4], [0; 0]), 21 / 6, eps)

%!test
%! ## Same value as computeCostMulti on the same arguments.
%! X = [ones(5, 1), (1:5)'];
%! y = [2; 3.5; 4; 9; -1];
%! assert (computeCost (X, y, [0.25; -2]), computeCostMulti (X, y, [0.25; -2]))

## Test input validation
%!error <Invalid call> computeCost ()
%!error <X must have 2 columns, ones and one feature \(X is 3x3\); use the multi-feature version for more>
%! computeCost (ones (3, 3), [1; 2; 3], [1; 1; 1])
%!error <Y must be an M-by-1 column> computeCost (ones (3, 2), [1 2 3], [1; 1])
%!error <THETA must be an N-by-1 column> computeCost (ones (3, 2), [1; 2; 3], [1 1])
