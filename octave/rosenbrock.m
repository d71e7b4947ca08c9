## -*- texinfo -*-
## @deftypefn {} {[@var{f}, @var{g}] =} rosenbrock (@var{x})
## The (extended) Rosenbrock function of a column @var{x} of n >= 2 elements,
## @code{f = sum (100 * (x(2:n) - x(1:n-1).^2).^2 + (1 - x(1:n-1)).^2)}, and
## its gradient @var{g}.  Its minimum is 0 at @code{ones (n, 1)}; the standard
## start is @code{[-1.2; 1; -1.2; 1; @dots{}]}.
## @seealso{fmincg}
## @end deftypefn
function [f, g] = rosenbrock (x)
  if (nargin != 1)
    print_usage ();
  endif
  x = checkColumnVector ("rosenbrock", "X", x, 2);
  a = x(1:end-1);
  d = x(2:end) - a .* a;
  e = 1 - a;
  f = sum (100 * (d .* d) + e .* e);
  g = zeros (size (x));
  g(1:end-1) = -400 * (a .* d) - 2 * e;
  g(2:end) += 200 * d;
endfunction

%!test
%! [f, g] = rosenbrock ([1; 1; 1]);
%! assert (f, 0)
%! assert (g, [0; 0; 0])

%!test
%! ## At the standard start: 100*(1 - 1.44)^2 + 2.2^2 = 24.2.
%! [f, g] = rosenbrock ([-1.2; 1]);
%! assert (f, 24.2, 1e-12)
%! assert (g, [-215.6; -88], 1e-12)

%!test
%! x = [0.3; -0.7; 1.1; 2];
%! [~, g] = rosenbrock (x);
%! assert (g, computeNumericalGradient (@rosenbrock, x), -1e-6)   # relative: e^2 truncation

## Test input validation
%!error <Invalid call> rosenbrock ()
%!error <X must be a real numeric column vector of at least 2 elements, got 1> rosenbrock (1)
%!error <X must be a real numeric column vector of at least 2 elements, got an array of size 1x2> rosenbrock ([1 2])
