## -*- texinfo -*-
## @deftypefn {} {@var{X} =} checkPcaData (@var{fname}, @var{X})
## Check the data of pca: a real numeric matrix, not empty, every entry
## finite (the singular value decomposition of a covariance holding NaN or
## Inf is refused by svd itself); return it as a double.
## @end deftypefn
function X = checkPcaData (fname, X)
  X = checkMatrix (fname, "X", X);
  if (! all (isfinite (X(:))))
    error ("%s: X must be finite (it has NaN or Inf)", fname);
  endif
endfunction
