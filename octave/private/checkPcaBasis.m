## -*- texinfo -*-
## @deftypefn {} {[@var{U}, @var{K}] =} checkPcaBasis (@var{fname}, @var{U}, @var{K})
## Check the principal directions @var{U} (n-by-p, not empty: one a column)
## and the number @var{K} (1 to p) of them kept by projectData and
## recoverData; return both as doubles.
## @end deftypefn
function [U, K] = checkPcaBasis (fname, U, K)
  U = checkMatrix (fname, "U", U);
  K = checkCount (fname, "K", K);
  if (K > columns (U))
    error ("%s: K must be at most the number of columns of U (U is %s), got %g", fname, shapeText (U), K);
  endif
endfunction
