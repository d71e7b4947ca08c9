## -*- texinfo -*-
## @deftypefn {} {} checkStepArgs (@var{fname}, @var{alpha}, @var{num_iters})
## Check the learning rate and iteration count of the gradient-descent
## functions, with the same wording as the Python ports.
## @end deftypefn
function checkStepArgs (fname, alpha, num_iters)
  if (! (isnumeric (alpha) && isreal (alpha) && isscalar (alpha)))
    error ("%s: ALPHA must be a real scalar, got a %s of size %s",
           fname, class (alpha), sprintf ("%dx%d", size (alpha)));
  endif
  if (! (isnumeric (num_iters) && isreal (num_iters) && isscalar (num_iters)
         && num_iters == fix (num_iters) && num_iters >= 0))
    error ("%s: NUM_ITERS must be a non-negative integer, got %s",
           fname, mat2str (num_iters));
  endif
endfunction
