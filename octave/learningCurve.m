## -*- texinfo -*-
## @deftypefn {} {[@var{error_train}, @var{error_val}] =} learningCurve (@var{X}, @var{y}, @var{Xval}, @var{yval}, @var{lambda})
## Training and validation errors of regularised linear regression as the
## training set grows.
##
## For @var{i} = 1 to m, theta is @code{trainLinearReg (X(1:i, :), y(1:i),
## lambda)}; @code{error_train(i)} is the cost of theta on those @var{i}
## examples and @code{error_val(i)} its cost on the whole validation set, both
## without the penalty (@code{linearRegCostFunction} with lambda 0).
##
## @var{X} is m-by-n and @var{Xval} mval-by-n (a column of ones first),
## @var{y} m-by-1 and @var{yval} mval-by-1; @var{error_train} and
## @var{error_val} are m-by-1.  A high training error close to the validation
## error says the model is biased (it underfits); a low training error far
## below it says it has high variance (it overfits).  Each fit is
## @code{trainLinearReg}'s, to where fmincg stops (about 1e-8 of theta on a
## well-conditioned problem).
## @seealso{trainLinearReg, validationCurve, linearRegCostFunction}
## @end deftypefn
function [error_train, error_val] = learningCurve (X, y, Xval, yval, lambda)
  if (nargin != 5)
    print_usage ();
  endif
  [X, y, Xval, yval] = checkBiasVarianceArgs ("learningCurve", X, y, Xval, yval);
  lambda = checkScalar ("learningCurve", "LAMBDA", lambda);

  m = rows (X);
  error_train = zeros (m, 1);
  error_val = zeros (m, 1);
  for i = 1:m
    theta = trainLinearReg (X(1:i, :), y(1:i), lambda);
    error_train(i) = linearRegCostFunction (X(1:i, :), y(1:i), theta, 0);
    error_val(i) = linearRegCostFunction (Xval, yval, theta, 0);
  endfor
endfunction

%!test
%! ## Noise-free data on a line: every fit from two examples on is exact, so both errors vanish
%! ## (to where fmincg stops); one example fits exactly too, with the minimum-norm line.
%! X = [ones(5, 1), (0:4)'];
%! Xval = [ones(3, 1), [0.5; 2.5; 7]];
%! [error_train, error_val] = learningCurve (X, 1 + 2 * X(:, 2), Xval, 1 + 2 * Xval(:, 2), 0);
%! assert (size (error_train), [5, 1])
%! assert (size (error_val), [5, 1])
%! assert (error_train, zeros (5, 1), 1e-12)
%! assert (error_val(2:end), zeros (4, 1), 1e-12)
%! assert (error_val(1), linearRegCostFunction (Xval, 1 + 2 * Xval(:, 2), [1; 0], 0), 1e-10)

%!test
%! ## Each entry is the unregularised cost of trainLinearReg's fit on the first i examples.
%! X = [ones(6, 1), [-1; -0.5; 0; 0.4; 0.8; 1.3]];
%! y = [0.3; -1.2; 0.8; 2; 0.1; 1.4];
%! Xval = [ones(4, 1), [-0.8; 0.1; 0.6; 1.1]];
%! yval = [-0.5; 0.4; 1.2; 0.9];
%! [error_train, error_val] = learningCurve (X, y, Xval, yval, 1);
%! for i = 1:6
%!   theta = trainLinearReg (X(1:i, :), y(1:i), 1);
%!   assert (error_train(i), linearRegCostFunction (X(1:i, :), y(1:i), theta, 0))
%!   assert (error_val(i), linearRegCostFunction (Xval, yval, theta, 0))
%! endfor

## Test input validation
%!error <Invalid call> learningCurve (ones (3, 2), [1; 2; 3], ones (2, 2), [1; 2])
%!error <learningCurve: Y must be an M-by-1 column \(X is 3x2, so M = 3; Y is 2x1\)>
%! learningCurve (ones (3, 2), [1; 2], ones (2, 2), [1; 2], 0)
%!error <learningCurve: XVAL must be a real numeric matrix, got "a">
%! learningCurve (ones (3, 2), [1; 2; 3], "a", [1; 2], 0)
%!error <learningCurve: XVAL must have the columns of X, one per parameter \(X is 3x2; XVAL is 2x3\)>
%! learningCurve (ones (3, 2), [1; 2; 3], ones (2, 3), [1; 2], 0)
%!error <learningCurve: YVAL must be an MVAL-by-1 column \(XVAL is 2x2, so MVAL = 2; YVAL is 3x1\)>
%! learningCurve (ones (3, 2), [1; 2; 3], ones (2, 2), [1; 2; 3], 0)
%!error <learningCurve: LAMBDA must be a real scalar, got an array of size 0x0>
%! learningCurve (ones (3, 2), [1; 2; 3], ones (2, 2), [1; 2], [])
