## -*- texinfo -*-
## @deftypefn {} {@var{X} =} checkStableRateArgs (@var{fname}, @var{X})
## Check the design matrix of stableLearningRate: real, finite, at least one
## row and one column, and not all zeros (then X'*X is 0 and every learning
## rate is stable).  Return it as a double.
## @end deftypefn
function X = checkStableRateArgs (fname, X)
  X = checkMatrix (fname, "X", X);
  if (! all (isfinite (X(:))))
    error ("%s: X must be finite (it has NaN or Inf)", fname);
  endif
  if (! any (X(:)))
    error ("%s: X is all zeros: every learning rate is stable", fname);
  endif
endfunction
