## -*- texinfo -*-
## @deftypefn {} {} checkPcaCovariance (@var{fname}, @var{Sigma}, @var{X})
## Refuse a covariance @var{Sigma} = X'*X/m that overflowed (finite entries of
## @var{X} above about 1e154 square to Inf), which svd would refuse in its
## own words; the message gives the largest entry of @var{X}.
## @end deftypefn
function checkPcaCovariance (fname, Sigma, X)
  if (! all (isfinite (Sigma(:))))
    error ("%s: X'*X/m overflows: X is too large (its largest magnitude is %g)", fname, max (abs (X(:))));
  endif
endfunction
