## -*- texinfo -*-
## @deftypefn  {} {@var{p} =} predictLinear (@var{Theta1}, @var{Theta2}, @var{X})
## @deftypefnx {} {@var{p} =} predictLinear (@var{Theta1}, @var{Theta2}, @var{X}, @var{activation})
## Outputs of the regression network of @code{nnCostFunctionLinear} for the
## rows of @var{X}: @code{p = [1, act([1, X] * Theta1')] * Theta2'}.
##
## @var{X} is m-by-n, @var{Theta1} h-by-(n+1), @var{Theta2} k-by-(h+1);
## @var{p} is m-by-k.  @var{activation} is @qcode{"sigmoid"} (the default),
## @qcode{"tanh"} or @qcode{"linear"}.
## @seealso{nnCostFunctionLinear}
## @end deftypefn
function p = predictLinear (Theta1, Theta2, X, activation = "sigmoid")
  if (nargin < 3 || nargin > 4)
    print_usage ();
  endif
  [Theta1, Theta2, X] = checkPredictArgs ("predictLinear", Theta1, Theta2, X, activation);

  m = rows (X);
  h = activationFunction (activation, [ones(m, 1), X] * Theta1');
  p = [ones(m, 1), h] * Theta2';
endfunction

%!test
%! ## One hidden unit, linear: p = 3 + 4 * (1 + 2*x).
%! assert (predictLinear ([1 2], [3 4], [0; 1; -1], "linear"), [7; 15; -1])

%!test
%! ## Sigmoid with zero weights: every hidden unit is 0.5.
%! assert (predictLinear (zeros (2, 3), [1 2 2], [5 6; 7 8]), [3; 3])

%!test
%! ## The prediction that nnCostFunctionLinear scores.
%! X = [1 2; -1 0.5; 0 -3];
%! p = (1:17)' / 20;
%! T1 = reshape (p(1:9), 3, 3);
%! T2 = reshape (p(10:17), 2, 4);
%! pred = predictLinear (T1, T2, X, "tanh");
%! assert (nnCostFunctionLinear (p, 2, 3, 2, X, pred, 0, "tanh"), 0)

## Test input validation
%!error <Invalid call> predictLinear (1, 1)
%!error <THETA1 must have one column more than X \(THETA1 is 2x2, X is 3x2\)> predictLinear (ones (2, 2), ones (1, 3), ones (3, 2))
%!error <THETA2 must have one column more than THETA1 has rows \(THETA1 is 2x3, THETA2 is 1x2\)> predictLinear (ones (2, 3), ones (1, 2), ones (3, 2))
%!error <ACTIVATION must be "sigmoid", "tanh" or "linear", got "relu"> predictLinear (ones (2, 3), ones (1, 3), ones (3, 2), "relu")
%!error <X must be a real numeric matrix, got a cell array of size 1x1> predictLinear (ones (2, 3), ones (1, 3), {1})
