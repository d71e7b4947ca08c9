## -*- texinfo -*-
## @deftypefn {} {[@var{lambda_vec}, @var{error_train}, @var{error_val}] =} validationCurve (@var{X}, @var{y}, @var{Xval}, @var{yval})
## Training and validation errors of regularised linear regression for the
## course's ten values of lambda, to choose one.
##
## @var{lambda_vec} is @code{[0 0.001 0.003 0.01 0.03 0.1 0.3 1 3 10]'}.  For
## each, theta is @code{trainLinearReg (X, y, lambda_vec(k))}, on the whole
## training set; @code{error_train(k)} and @code{error_val(k)} are its costs on
## the training and validation sets without the penalty
## (@code{linearRegCostFunction} with lambda 0).  The lambda of the least
## validation error is the one to keep.
##
## @var{X} is m-by-n and @var{Xval} mval-by-n (a column of ones first),
## @var{y} m-by-1 and @var{yval} mval-by-1; the three outputs are 10-by-1.
## @seealso{trainLinearReg, learningCurve, linearRegCostFunction}
## @end deftypefn
function [lambda_vec, error_train, error_val] = validationCurve (X, y, Xval, yval)
  if (nargin != 4)
    print_usage ();
  endif
  [X, y, Xval, yval] = checkBiasVarianceArgs ("validationCurve", X, y, Xval, yval);

  lambda_vec = [0 0.001 0.003 0.01 0.03 0.1 0.3 1 3 10]';
  error_train = zeros (numel (lambda_vec), 1);
  error_val = zeros (numel (lambda_vec), 1);
  for k = 1:numel (lambda_vec)
    theta = trainLinearReg (X, y, lambda_vec(k));
    error_train(k) = linearRegCostFunction (X, y, theta, 0);
    error_val(k) = linearRegCostFunction (Xval, yval, theta, 0);
  endfor
endfunction

%!test
%! ## Each entry is the unregularised cost of trainLinearReg's fit with that lambda; the training
%! ## error can only grow with lambda (to within where fmincg stops).
%! X = [ones(6, 1), [-1; -0.5; 0; 0.4; 0.8; 1.3], [0.2; -0.9; 0.5; 1; -0.3; 0.1]];
%! y = [0.3; -1.2; 0.8; 2; 0.1; 1.4];
%! Xval = [ones(4, 1), [-0.8; 0.1; 0.6; 1.1], [0.3; -0.2; 0.7; -1]];
%! yval = [-0.5; 0.4; 1.2; 0.9];
%! [lambda_vec, error_train, error_val] = validationCurve (X, y, Xval, yval);
%! assert (lambda_vec, [0 0.001 0.003 0.01 0.03 0.1 0.3 1 3 10]')
%! assert (size (error_train), [10, 1])
%! assert (size (error_val), [10, 1])
%! for k = [1, 5, 10]
%!   theta = trainLinearReg (X, y, lambda_vec(k));
%!   assert (error_train(k), linearRegCostFunction (X, y, theta, 0))
%!   assert (error_val(k), linearRegCostFunction (Xval, yval, theta, 0))
%! endfor
%! assert (all (diff (error_train) > -1e-12))

%!test
%! ## Noise-free data on a line, validated on the same line: lambda 0 fits it exactly, and every
%! ## positive lambda pulls the slope away from it, more as lambda grows.
%! X = [ones(5, 1), (0:4)'];
%! Xval = [ones(3, 1), [0.5; 2.5; 7]];
%! [lambda_vec, error_train, error_val] = validationCurve (X, 1 + 2 * X(:, 2), Xval, 1 + 2 * Xval(:, 2));
%! assert (error_val(1), 0, 1e-12)
%! assert (all (diff (error_val) > 0))

## Test input validation
%!error <Invalid call> validationCurve (ones (3, 2), [1; 2; 3], ones (2, 2))
%!error <validationCurve: X must be a real numeric matrix, got a complex array of size 1x2>
%! validationCurve ([1i 1], 1, [1 1], 1)
%!error <validationCurve: XVAL must have the columns of X, one per parameter \(X is 3x2; XVAL is 2x1\)>
%! validationCurve (ones (3, 2), [1; 2; 3], ones (2, 1), [1; 2])
%!error <validationCurve: YVAL must be a real numeric MVAL-by-1 column, got "ab">
%! validationCurve (ones (3, 2), [1; 2; 3], ones (2, 2), "ab")
