## -*- texinfo -*-
## @deftypefn {} {[@var{alpha}, @var{num_iters}] =} checkStepArgs (@var{fname}, @var{alpha}, @var{num_iters})
## Check the learning rate (a real scalar) and the iteration count (a
## non-negative integer, which sizes J_HISTORY: at most 2^31-1) of the
## gradient-descent functions.
## @end deftypefn
function [alpha, num_iters] = checkStepArgs (fname, alpha, num_iters)
  alpha = checkScalar (fname, "ALPHA", alpha);
  num_iters = checkCount (fname, "NUM_ITERS", num_iters, 0, "J_HISTORY");
endfunction
