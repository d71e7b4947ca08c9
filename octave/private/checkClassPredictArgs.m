## -*- texinfo -*-
## @deftypefn {} {[@var{all_theta}, @var{X}] =} checkClassPredictArgs (@var{fname}, @var{all_theta}, @var{X})
## Check the arguments of a one-vs-all prediction: @var{all_theta}
## num_labels-by-(n+1), not empty (a classifier per row, intercept first), and
## @var{X} m-by-n, m possibly 0; return both as doubles.
## @end deftypefn
function [all_theta, X] = checkClassPredictArgs (fname, all_theta, X)
  all_theta = checkMatrix (fname, "ALL_THETA", all_theta);
  X = checkMatrix (fname, "X", X, true);
  if (columns (all_theta) != columns (X) + 1)
    error ("%s: ALL_THETA must have one column more than X, for the intercept (ALL_THETA is %s, X is %s)",
           fname, shapeText (all_theta), shapeText (X));
  endif
endfunction
