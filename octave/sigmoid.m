## -*- texinfo -*-
## @deftypefn {} {@var{g} =} sigmoid (@var{z})
## The logistic function @code{1 ./ (1 + exp (-z))}, element by element.
## @var{g} has the size of @var{z}.
## @seealso{sigmoidGradient}
## @end deftypefn
function g = sigmoid (z)
  if (nargin != 1)
    print_usage ();
  endif
  z = checkRealArray ("sigmoid", "Z", z);

  g = 1 ./ (1 + exp (-z));
endfunction

%!test
%! assert (sigmoid (0), 0.5)
%! assert (sigmoid ([-Inf, Inf]), [0, 1])
%! assert (sigmoid ([1 2; -1 -2]) + sigmoid (-[1 2; -1 -2]), ones (2), eps)

%!test
%! ## 1 / (1 + e^-1), by hand to 10 digits.
%! assert (sigmoid (1), 0.7310585786, 1e-10)
%! assert (isnan (sigmoid (NaN)))
%! assert (size (sigmoid (zeros (3, 0))), [3, 0])

## Test input validation
%!error <Invalid call> sigmoid ()
%!error <Z must be a real numeric array, got "a"> sigmoid ("a")
%!error <Z must be a real numeric array, got a complex array of size 1x1> sigmoid (1i)
