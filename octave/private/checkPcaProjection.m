## -*- texinfo -*-
## @deftypefn {} {[@var{X}, @var{U}, @var{K}] =} checkPcaProjection (@var{fname}, @var{X}, @var{U}, @var{K})
## Check the arguments of projectData: the data @var{X} (m-by-n, not
## empty), the directions @var{U} (n-by-p: a row for each column of
## @var{X}) and @var{K} (1 to p); return them as doubles.
## @seealso{checkPcaBasis}
## @end deftypefn
function [X, U, K] = checkPcaProjection (fname, X, U, K)
  X = checkMatrix (fname, "X", X);
  [U, K] = checkPcaBasis (fname, U, K);
  if (rows (U) != columns (X))
    error ("%s: U must have one row for each column of X (X is %s, U is %s)",
           fname, shapeText (X), shapeText (U));
  endif
endfunction
