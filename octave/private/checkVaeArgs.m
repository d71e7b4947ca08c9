## -*- texinfo -*-
## @deftypefn {} {[@var{X}, @var{W_mu}, @var{b_mu}, @var{W_logvar}, @var{b_logvar}] =} checkVaeArgs (@var{fname}, @var{X}, @var{W_mu}, @var{b_mu}, @var{W_logvar}, @var{b_logvar})
## Check a batch @var{X} (batch-by-d) and two linear layers laid out as
## PyTorch's nn.Linear: @var{W_mu} and @var{W_logvar} out-by-d, @var{b_mu}
## and @var{b_logvar} out-by-1.  Return the five as doubles.
## @end deftypefn
function [X, W_mu, b_mu, W_logvar, b_logvar] = checkVaeArgs (fname, X, W_mu, b_mu, W_logvar, b_logvar)
  X = checkMatrix (fname, "X", X);
  W_mu = checkMatrix (fname, "W_MU", W_mu);
  if (columns (W_mu) != columns (X))
    error ("%s: W_MU must be out-by-d, d the columns of X (X is %s; W_MU is %s)",
           fname, shapeText (X), shapeText (W_mu));
  endif
  W_logvar = checkMatrix (fname, "W_LOGVAR", W_logvar);
  if (! isequal (size (W_logvar), size (W_mu)))
    error ("%s: W_LOGVAR must have the size of W_MU (W_MU is %s; W_LOGVAR is %s)",
           fname, shapeText (W_mu), shapeText (W_logvar));
  endif
  k = rows (W_mu);
  b_mu = checkColumn (fname, "B_MU", b_mu, "out", k, "W_MU", W_mu);
  b_logvar = checkColumn (fname, "B_LOGVAR", b_logvar, "out", k, "W_MU", W_mu);
endfunction
