## -*- texinfo -*-
## @deftypefn {} {@var{g} =} sigmoidGradient (@var{z})
## Derivative of the logistic function at @var{z}, element by element:
## @code{g = sigmoid (z) .* (1 - sigmoid (z))}.  @var{g} has the size of @var{z}.
## @seealso{sigmoid}
## @end deftypefn
function g = sigmoidGradient (z)
  if (nargin != 1)
    print_usage ();
  endif
  z = checkRealArray ("sigmoidGradient", "Z", z);

  s = sigmoid (z);
  g = s .* (1 - s);
endfunction

%!test
%! assert (sigmoidGradient (0), 0.25)
%! assert (sigmoidGradient ([-Inf, Inf]), [0, 0])

%!test
%! ## Against a central difference of sigmoid.
%! z = [-3 -0.5 0.2 4];
%! h = 1e-6;
%! assert (sigmoidGradient (z), (sigmoid (z + h) - sigmoid (z - h)) / (2*h), 1e-9)

## Test input validation
%!error <Invalid call> sigmoidGradient ()
%!error <Z must be a real numeric array, got a cell array of size 1x1> sigmoidGradient ({1})
