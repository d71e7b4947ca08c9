## -*- texinfo -*-
## @deftypefn  {} {@var{y} =} crosscheck_nudge (@var{x}, @var{direction})
## @deftypefnx {} {[@var{f}, @var{g}] =} crosscheck_nudge (@var{name}, @var{x}, @var{bound}, @var{direction})
## Move values one unit in the last place, for a perturbation experiment.
##
## With two arguments, every element of the double array @var{x} is moved to
## the next double toward +Inf (@var{direction} 1) or toward -Inf
## (@var{direction} -1), as C's @code{nextafter} does; @var{direction} 0 returns
## @var{x} as it is.  Zero of either sign goes to +/- 2^-1074, the largest
## finite double to Inf; NaN and +/-Inf stay as they are.  (Octave 7 has no
## @code{nextafter}: the step is @code{eps (x)}, or half of it going toward zero
## from a power of two above @code{realmin}, where the spacing halves.)
##
## With four arguments, @code{[f, g] = feval (@var{name}, @var{x},
## @var{bound}@{:@})} is evaluated and @var{f} is moved one step in
## @var{direction}, and so is every non-zero element of the gradient @var{g}:
## an exact zero stays zero.  Asked for one output, only @var{f} is computed
## and returned.  crosscheck_batch makes the handle
## @code{@@(x) crosscheck_nudge (name, x, bound, direction)} from an argument
## struct with a @code{nudge} field.
## @seealso{crosscheck_batch, eps}
## @end deftypefn
function [y, g] = crosscheck_nudge (varargin)
  if (nargin == 2 && nargout < 2)
    [x, direction] = varargin{:};
    y = nudge (x, direction, "X");
  elseif (nargin == 4)
    [name, x, bound, direction] = varargin{:};
    if (! ischar (name))
      error ("crosscheck_nudge: NAME must be a function name");
    elseif (! iscell (bound))
      error ("crosscheck_nudge: BOUND must be a cell");
    endif
    check_direction (direction);
    if (nargout < 2)
      y = nudge (feval (name, x, bound{:}), direction, ["the value of " name]);
    else
      [y, g] = feval (name, x, bound{:});
      y = nudge (y, direction, ["the value of " name]);
      nonzero = (g != 0);
      g(nonzero) = nudge (g(nonzero), direction, ["the gradient of " name]);
    endif
  else
    print_usage ();
  endif
endfunction

function check_direction (direction)
  if (! (isnumeric (direction) && isreal (direction) && isscalar (direction)
         && any (direction == [-1, 0, 1])))
    error ("crosscheck_nudge: DIRECTION must be 1, -1 or 0");
  endif
endfunction

function y = nudge (x, direction, what)
  check_direction (direction);
  if (! (isa (x, "double") && isreal (x)))
    error ("crosscheck_nudge: %s must be a real double array", what);
  endif
  if (direction > 0)
    y = up (x);
  elseif (direction < 0)
    y = -up (-x);             # down is up, mirrored
  else
    y = x;
  endif
endfunction

## The next double toward +Inf of each element; NaN and +/-Inf stay.
function y = up (x)
  y = x;
  y(x == 0) = pow2 (-1074);   # the smallest subnormal, from +0 and -0 alike
  pos = (x > 0 & x < Inf);
  y(pos) = x(pos) + eps (x(pos));  # exact: the sum is a double (Inf from realmax)
  neg = (x < 0 & x > -Inf);
  y(neg) = -toward_zero (-x(neg));
endfunction

## The next double below each (positive, finite) element of A.
function y = toward_zero (a)
  step = eps (a);
  [mantissa, ~] = log2 (a);
  halves = (mantissa == 0.5 & a > realmin);  # powers of two: the binade below is twice as fine
  step(halves) /= 2;
  y = a - step;
endfunction

%!assert (crosscheck_nudge (1, 1), 1 + eps)
%!assert (crosscheck_nudge (1, -1), 1 - eps / 2)
%!assert (crosscheck_nudge (-1, 1), -1 + eps / 2)
%!assert (crosscheck_nudge (-1, -1), -1 - eps)
%!assert (crosscheck_nudge (1.5, -1), 1.5 - eps)
%!assert (crosscheck_nudge ([0, -0], 1), [1, 1] * 2^-1074)
%!assert (crosscheck_nudge ([0, -0], -1), [-1, -1] * 2^-1074)
%!assert (crosscheck_nudge (realmin, -1), realmin - 2^-1074)
%!assert (crosscheck_nudge (2 * realmin, -1), 2 * realmin - 2^-1074)
%!assert (crosscheck_nudge (realmax, 1), Inf)
%!assert (crosscheck_nudge (-realmax, 1), -realmax + eps (realmax))
%!assert (crosscheck_nudge ([Inf, -Inf, NaN], 1), [Inf, -Inf, NaN])
%!assert (crosscheck_nudge ([Inf, -Inf, NaN], -1), [Inf, -Inf, NaN])
%!assert (crosscheck_nudge ([1, -2; 0, 3], 0), [1, -2; 0, 3])

%!test
%! ## Toward zero from the smallest subnormal gives a zero of the same sign.
%! assert (1 / crosscheck_nudge (2^-1074, -1), Inf)
%! assert (1 / crosscheck_nudge (-2^-1074, 1), -Inf)

%!test
%! ## Each step is one ULP: no double lies strictly between x and its neighbour.
%! x = [pow2(-1074:50:1023), 3 * pow2(-1070:70:1000), pi, -exp(1)];
%! for d = [1, -1]
%!   y = crosscheck_nudge (x, d);
%!   assert (all (sign (y - x) == d))
%!   assert ((x + y) / 2 == x | (x + y) / 2 == y)
%! endfor

%!test
%! ## The function form: f moves, a non-zero gradient entry moves, a zero one stays.
%! [f, g] = crosscheck_nudge ("deal", [1; 0; -2], {}, 1);
%! assert (f, [1 + eps; 2^-1074; -2 + eps])
%! assert (g, [1 + eps; 0; -2 + eps])
%! [f, g] = crosscheck_nudge ("deal", [1; 0; -2], {}, -1);
%! assert (g, [1 - eps / 2; 0; -2 - 2 * eps])
%! [f, g] = crosscheck_nudge ("deal", [1; 0; -2], {}, 0);
%! assert ([f, g], [1, 1; 0, 0; -2, -2])
%! assert (crosscheck_nudge ("plus", 1, {2}, 1), 3 + 2 * eps)

%!test
%! ## A handle as crosscheck_batch makes it, with one and with two outputs.
%! h = @(x) crosscheck_nudge ("deal", x, {}, -1);
%! assert (h (4), 4 - eps (4) / 2)
%! [f, g] = h ([4; 0]);
%! assert ([f, g], [4 - eps(2), 4 - eps(2); -2^-1074, 0])

## Test input validation
%!error <Invalid call> crosscheck_nudge ()
%!error <Invalid call> crosscheck_nudge (1, 1, 1)
%!error <DIRECTION must be 1, -1 or 0> crosscheck_nudge (1, 2)
%!error <DIRECTION must be 1, -1 or 0> crosscheck_nudge ("plus", 1, {2}, [1, 1])
%!error <X must be a real double array> crosscheck_nudge (single (1), 1)
%!error <X must be a real double array> crosscheck_nudge (1i, 1)
%!error <NAME must be a function name> crosscheck_nudge (1, 1, {}, 1)
%!error <BOUND must be a cell> crosscheck_nudge ("plus", 1, 2, 1)
%!error <the value of single must be a real double array> crosscheck_nudge ("single", 1, {}, 1)
