## -*- texinfo -*-
## @deftypefn {} {[@var{X}, @var{K}] =} checkKMeansInitArgs (@var{fname}, @var{X}, @var{K})
## Check the data @var{X} (m-by-n, not empty) and the number @var{K} of
## initial centroids picked among its rows: a positive integer no larger
## than m.  Return both as doubles.
## @end deftypefn
function [X, K] = checkKMeansInitArgs (fname, X, K)
  X = checkMatrix (fname, "X", X);
  K = checkCount (fname, "K", K);
  if (K > rows (X))
    error ("%s: K must be at most the number of rows of X (X is %s), got %g", fname, shapeText (X), K);
  endif
endfunction
