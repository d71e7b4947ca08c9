## -*- texinfo -*-
## @deftypefn {} {[@var{Z}, @var{U}, @var{K}] =} checkPcaRecovery (@var{fname}, @var{Z}, @var{U}, @var{K})
## Check the arguments of recoverData: the coordinates @var{Z} (m-by-K, not
## empty), the directions @var{U} (n-by-p) and @var{K} (1 to p); return them
## as doubles.
## @seealso{checkPcaBasis}
## @end deftypefn
function [Z, U, K] = checkPcaRecovery (fname, Z, U, K)
  Z = checkMatrix (fname, "Z", Z);
  [U, K] = checkPcaBasis (fname, U, K);
  if (columns (Z) != K)
    error ("%s: Z must have K columns (K is %d, Z is %s)", fname, K, shapeText (Z));
  endif
endfunction
