## -*- texinfo -*-
## @deftypefn {} {@var{alpha_max} =} stableLearningRate (@var{X})
## The largest learning rate for which @code{gradientDescentMulti} on @var{X}
## converges: @code{2 / lambda_max}, lambda_max the largest eigenvalue of
## @code{X' * X / m}.
##
## Why: with @code{e_k = theta_k - theta*} (theta* a least-squares solution),
## an update is @code{e_(k+1) = (I - alpha * H) * e_k} with @code{H = X'*X/m},
## the Hessian of the cost.  Along the eigenvector of each eigenvalue lambda
## of H the error is multiplied by @code{1 - alpha*lambda} at every update;
## it shrinks only while @code{|1 - alpha*lambda| < 1}, that is
## @code{0 < alpha < 2/lambda}, for every lambda: @code{alpha < 2/lambda_max}.
## At @code{alpha = 2/lambda_max} the error along that eigenvector
## oscillates without shrinking; beyond, it grows geometrically.
##
## An @var{X} so large that @code{X' * X / m} overflows gives 0 (the limit is
## below @code{2 / realmax}: scale it first, with @code{featureNormalize}); one
## so small that it underflows to 0 gives @code{Inf}.
## @seealso{gradientDescentMulti}
## @end deftypefn
function alpha_max = stableLearningRate (X)
  if (nargin != 1)
    print_usage ();
  endif
  X = checkStableRateArgs ("stableLearningRate", X);
  H = X' * X / rows (X);
  if (all (isfinite (H(:))))
    lambda_max = max (eig (H));
  else
    ## X'*X/m overflows (eig would stop at "matrix contains Inf or NaN values"):
    ## its largest eigenvalue is beyond realmax too, and the limit 2 / Inf is 0.
    lambda_max = Inf;
  endif
  alpha_max = 2 / lambda_max;
endfunction

%!test
%! ## X = [1 0; 0 2]: X'X/m = diag (0.5, 2), alpha_max = 2/2 = 1.
%! assert (stableLearningRate ([1 0; 0 2]), 1, eps)

%!test
%! ## Below the limit gradient descent converges, above it diverges.
%! X = [ones(5, 1), (1:5)'];
%! y = [2; 4; 5; 4; 5];
%! a = stableLearningRate (X);
%! [~, J1] = gradientDescentMulti (X, y, [0; 0], 0.95 * a, 3000);
%! [~, J2] = gradientDescentMulti (X, y, [0; 0], 1.05 * a, 300);
%! assert (J1(end) < J1(1))
%! assert (J2(end) > 1e3 * J2(1))

%!test
%! ## X'*X/m underflows to 0: 2 / 0.
%! assert (stableLearningRate (1e-200 * [1 2; 3 4]), Inf)

%!test
%! ## X'*X/m overflows: 2 / Inf.
%! assert (stableLearningRate ([1e160 2e160; 1e160 3e160]), 0)

## Test input validation
%!error <Invalid call> stableLearningRate ()
%!error <X must have at least one row and one column \(X is 0x2\)> stableLearningRate (zeros (0, 2))
%!error <X must be finite> stableLearningRate ([1 NaN])
%!error <X is all zeros> stableLearningRate (zeros (2))
