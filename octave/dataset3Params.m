## -*- texinfo -*-
## @deftypefn  {} {[@var{C}, @var{sigma}] =} dataset3Params (@var{X}, @var{y}, @var{Xval}, @var{yval})
## @deftypefnx {} {[@var{C}, @var{sigma}] =} dataset3Params (@var{X}, @var{y}, @var{Xval}, @var{yval}, @var{draws})
## Choose C and sigma of a Gaussian-kernel SVM by validation, as the course's
## exercise does: each of C and sigma runs over
## @code{[0.01 0.03 0.1 0.3 1 3 10 30]}; for each pair, svmTrain trains on
## @var{X} and @var{y} (0 and 1) with
## @code{@@(x1, x2) gaussianKernel (x1, x2, sigma)} and the default tol and
## max_passes, svmPredict predicts @var{Xval}, and the validation error is
## @code{mean (double (predictions != yval))}.  The pair of the lowest error
## is returned.
##
## The search order is C in the outer loop and sigma in the inner one, both
## ascending; a tie goes to the first pair in that order (the lowest C, then
## the lowest sigma).  With @var{draws} (see svmTrain), each of the 64
## trainings takes its draws from the start of @var{draws}; without it,
## @code{rand ()} draws, one stream across the trainings.
## @seealso{svmTrain, svmPredict, gaussianKernel}
## @end deftypefn
function [C, sigma] = dataset3Params (X, y, Xval, yval, draws = [])
  if (nargin < 4 || nargin > 5)
    print_usage ();
  endif
  [X, y, ~, ~, tol, max_passes, draws] = checkSvmTrainArgs ("dataset3Params", X, y, 1, @linearKernel,
                                                            [], [], draws);
  Xval = full (checkMatrix ("dataset3Params", "XVAL", Xval));
  if (columns (Xval) != columns (X))
    error ("dataset3Params: XVAL must have the columns of X (X is %s, XVAL is %s)",
           shapeText (X), shapeText (Xval));
  endif
  yval = checkColumn ("dataset3Params", "YVAL", yval, "MVAL", rows (Xval), "XVAL", Xval);

  values = [0.01 0.03 0.1 0.3 1 3 10 30];
  best = Inf;
  for C_try = values
    for sigma_try = values
      model = svmSmo ("dataset3Params", X, y, C_try, @(x1, x2) gaussianKernel (x1, x2, sigma_try),
                      tol, max_passes, draws);
      if (columns (Xval) == 1)  # svmPredict takes a one-column X as one example: one row at a time
        pred = arrayfun (@(v) svmPredict (model, v), Xval);
      else
        pred = svmPredict (model, Xval);
      endif
      err = mean (double (pred != yval));
      if (err < best)
        best = err;
        C = C_try;
        sigma = sigma_try;
      endif
    endfor
  endfor
endfunction

%!test
%! ## Two rings, inner 1 and outer 0: only a narrow enough kernel separates them, and the
%! ## choice is the first pair of the least validation error.
%! t = (0:11)' * pi / 6;
%! X = [0.5 * cos(t), 0.5 * sin(t); 2 * cos(t), 2 * sin(t)];
%! y = [ones(12, 1); zeros(12, 1)];
%! tv = t + pi / 12;
%! Xval = [0.6 * cos(tv), 0.6 * sin(tv); 1.9 * cos(tv), 1.9 * sin(tv)];
%! yval = y == 1;
%! draws = mod ((1:3000)' * 0.618034, 1);
%! [C, sigma] = dataset3Params (X, y, Xval, yval, draws);
%! values = [0.01 0.03 0.1 0.3 1 3 10 30];
%! errs = zeros (8);   # errs(iC, isigma)
%! for iC = 1:8
%!   for is = 1:8
%!     model = svmTrain (X, y, values(iC), @(a, b) gaussianKernel (a, b, values(is)), [], [], draws);
%!     errs(iC, is) = mean (double (svmPredict (model, Xval) != yval));
%!   endfor
%! endfor
%! [iC, is] = find (errs' == min (errs(:)), 1);   # row-major: C outer, sigma inner
%! assert ([C, sigma], [values(is), values(iC)])
%! assert (min (errs(:)), 0)

## Test input validation
%!error <Invalid call> dataset3Params (1, 1, 1)
%!error <dataset3Params: X must have at least 2 rows, examples to pair \(X is 1x2\)> dataset3Params ([1 2], 1, [1 2], 1)
%!error <dataset3Params: Y must hold labels 0 and 1, but its 1st element is 2> dataset3Params (eye (2), [2; 0], eye (2), [1; 0])
%!error <dataset3Params: XVAL must have the columns of X \(X is 2x2, XVAL is 2x3\)> dataset3Params (eye (2), [1; 0], ones (2, 3), [1; 0])
%!error <dataset3Params: YVAL must be an MVAL-by-1 column \(XVAL is 2x2, so MVAL = 2; YVAL is 1x2\)> dataset3Params (eye (2), [1; 0], eye (2), [1 0])
%!error <dataset3Params: DRAWS must hold numbers in \[0, 1\), but its 1st element is -0.5> dataset3Params (eye (2), [1; 0], eye (2), [1; 0], -0.5)
%!error <dataset3Params: DRAWS ran out: draw 2 was needed, and DRAWS holds 1> dataset3Params (eye (2), [1; 0], eye (2), [1; 0], 0.3)
