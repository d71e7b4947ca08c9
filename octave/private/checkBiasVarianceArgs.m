## -*- texinfo -*-
## @deftypefn {} {[@var{X}, @var{y}, @var{Xval}, @var{yval}] =} checkBiasVarianceArgs (@var{fname}, @var{X}, @var{y}, @var{Xval}, @var{yval})
## Check a training set (@var{X} m-by-n, @var{y} m-by-1) and a validation set
## (@var{Xval} mval-by-n, the same columns, @var{yval} mval-by-1), as
## learningCurve and validationCurve take them, and return them as doubles.
## @end deftypefn
function [X, y, Xval, yval] = checkBiasVarianceArgs (fname, X, y, Xval, yval)
  [X, y] = checkRegressionArgs (fname, X, y);
  Xval = checkMatrix (fname, "XVAL", Xval);
  if (columns (Xval) != columns (X))
    error ("%s: XVAL must have the columns of X, one per parameter (X is %s; XVAL is %s)",
           fname, shapeText (X), shapeText (Xval));
  endif
  yval = checkColumn (fname, "YVAL", yval, "MVAL", rows (Xval), "XVAL", Xval);
endfunction
