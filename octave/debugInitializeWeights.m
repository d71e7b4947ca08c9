## -*- texinfo -*-
## @deftypefn {} {@var{W} =} debugInitializeWeights (@var{fan_out}, @var{fan_in})
## Deterministic weights for gradient checking: a fan_out-by-(1+fan_in)
## matrix filled column by column with @code{sin (1:numel (W)) / 10}.
## @seealso{randInitializeWeights, checkNNGradients}
## @end deftypefn
function W = debugInitializeWeights (fan_out, fan_in)
  if (nargin != 2)
    print_usage ();
  endif
  fan_in = checkCount ("debugInitializeWeights", "FAN_IN", fan_in, 0, "W", 1, 1);
  fan_out = checkCount ("debugInitializeWeights", "FAN_OUT", fan_out, 1, "W", 1 + fan_in);

  W = reshape (sin (1:fan_out * (1 + fan_in)), fan_out, 1 + fan_in) / 10;
endfunction

%!test
%! ## Column-major: W(2,1) is sin(2)/10 and W(1,2) is sin(3)/10.
%! W = debugInitializeWeights (2, 2);
%! assert (size (W), [2, 3])
%! assert (W, [sin(1) sin(3) sin(5); sin(2) sin(4) sin(6)] / 10)

%!test
%! assert (debugInitializeWeights (3, 0), sin ([1; 2; 3]) / 10)

## Test input validation
%!error <FAN_OUT is too large \(1e\+20\): W would have 3e\+20 elements, more than 2\^31-1> debugInitializeWeights (1e20, 2)
%!error <Invalid call> debugInitializeWeights (1)
%!error <FAN_OUT must be a positive integer, got 0> debugInitializeWeights (0, 2)
%!error <FAN_IN must be a non-negative integer, got 1.5> debugInitializeWeights (2, 1.5)
%!error <FAN_IN must be a non-negative integer, got Inf> debugInitializeWeights (2, Inf)
%!error <FAN_OUT must be a positive integer, got 0> debugInitializeWeights (false, 2)
%!assert (debugInitializeWeights (true, 2), debugInitializeWeights (1, 2))
