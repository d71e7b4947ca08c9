## -*- texinfo -*-
## @deftypefn {} {@var{max_iters} =} checkKMeansIters (@var{fname}, @var{max_iters})
## Check the number of k-means steps: a positive integer, at most 2^31-1 (a
## count the project holds every iteration count to, as fmincg's MaxIter: a
## larger one, such as realmax, would loop for ever); return it as a double.
## @end deftypefn
function max_iters = checkKMeansIters (fname, max_iters)
  max_iters = checkCount (fname, "MAX_ITERS", max_iters);
  if (max_iters > 2^31 - 1)
    error ("%s: MAX_ITERS is too large (%g): more than 2^31-1 iterations", fname, max_iters);
  endif
endfunction
