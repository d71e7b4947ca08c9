## -*- texinfo -*-
## @deftypefn  {} {@var{W} =} randInitializeWeights (@var{L_in}, @var{L_out})
## @deftypefnx {} {@var{W} =} randInitializeWeights (@var{L_in}, @var{L_out}, @var{epsilon_init})
## Random weights for a layer with @var{L_in} inputs and @var{L_out} outputs:
## an L_out-by-(1+L_in) matrix (bias column first) drawn uniformly from
## [-epsilon_init, epsilon_init] with @code{rand}, to break the symmetry
## between hidden units.  @var{epsilon_init} defaults to 0.12.
##
## Octave's @code{rand} stream is not numpy's: to compare a network between
## the two, draw the weights once and pass the same matrices to both.
## @seealso{debugInitializeWeights}
## @end deftypefn
function W = randInitializeWeights (L_in, L_out, epsilon_init = 0.12)
  if (nargin < 2 || nargin > 3)
    print_usage ();
  endif
  L_in = checkCount ("randInitializeWeights", "L_IN", L_in, 1, "W", 1, 1);
  L_out = checkCount ("randInitializeWeights", "L_OUT", L_out, 1, "W", 1 + L_in);
  epsilon_init = checkScalar ("randInitializeWeights", "EPSILON_INIT", epsilon_init, "non-negative");

  W = rand (L_out, 1 + L_in) * 2 * epsilon_init - epsilon_init;
endfunction

%!test
%! W = randInitializeWeights (3, 5);
%! assert (size (W), [5, 4])
%! assert (all (abs (W(:)) <= 0.12))
%! assert (numel (unique (W)), 20)

%!test
%! W = randInitializeWeights (400, 25, 1e-3);
%! assert (all (abs (W(:)) <= 1e-3))
%! assert (any (W(:) < -5e-4) && any (W(:) > 5e-4))   # the whole range is used
%! assert (randInitializeWeights (2, 2, 0), zeros (2, 3))

## Test input validation
%!error <L_IN is too large \(1e\+10\): W would have 1e\+10 elements, more than 2\^31-1> randInitializeWeights (1e10, 2)
%!error <L_OUT is too large \(1e\+10\): W would have 4e\+10 elements, more than 2\^31-1> randInitializeWeights (3, 1e10)
%!error <Invalid call> randInitializeWeights (1)
%!error <L_IN must be a positive integer, got 0> randInitializeWeights (0, 2)
%!error <L_OUT must be a positive integer, got 2.5> randInitializeWeights (2, 2.5)
%!error <EPSILON_INIT must be a non-negative real scalar, got -1> randInitializeWeights (2, 2, -1)
