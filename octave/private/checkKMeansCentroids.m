## -*- texinfo -*-
## @deftypefn {} {[@var{X}, @var{centroids}] =} checkKMeansCentroids (@var{fname}, @var{X}, @var{argname}, @var{centroids})
## Check the data @var{X} (m-by-n, not empty) and the centroids called
## @var{argname} (K-by-n, not empty: one centroid a row, in the columns of
## @var{X}) of the k-means functions; return both as doubles.
## @end deftypefn
function [X, centroids] = checkKMeansCentroids (fname, X, argname, centroids)
  X = checkMatrix (fname, "X", X);
  centroids = checkMatrix (fname, argname, centroids);
  if (columns (centroids) != columns (X))
    error ("%s: %s must have one column for each column of X (X is %s, %s is %s)",
           fname, argname, shapeText (X), argname, shapeText (centroids));
  endif
endfunction
