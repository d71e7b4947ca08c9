## -*- texinfo -*-
## @deftypefn  {} {@var{numgrad} =} computeNumericalGradient (@var{J}, @var{theta})
## @deftypefnx {} {@var{numgrad} =} computeNumericalGradient (@var{J}, @var{theta}, @var{e})
## Central-difference estimate of the gradient of @var{J} at @var{theta}:
## @code{numgrad(p) = (J (theta + e*u_p) - J (theta - e*u_p)) / (2*e)} for
## each element @var{p} in turn, @code{u_p} the p-th unit vector.
##
## @var{J} is a function handle (or name) whose first output is the value, a
## real scalar (finite or not; anything else is an error naming @var{J});
## @var{theta} is any numeric array and @var{numgrad} has its size.  The
## step @var{e} defaults to 1e-4.
## @seealso{checkNNGradients}
## @end deftypefn
function numgrad = computeNumericalGradient (J, theta, e = 1e-4)
  if (nargin < 2 || nargin > 3)
    print_usage ();
  endif
  fname = "computeNumericalGradient";
  checkFunction (fname, "J", J);
  theta = checkRealArray (fname, "THETA", theta);
  e = checkScalar (fname, "E", e, "positive");

  numgrad = zeros (size (theta));
  perturb = zeros (size (theta));
  for p = 1:numel (theta)
    perturb(p) = e;
    loss1 = checkScalar (fname, "the value of J", feval (J, theta - perturb));
    loss2 = checkScalar (fname, "the value of J", feval (J, theta + perturb));
    numgrad(p) = (loss2 - loss1) / (2 * e);
    perturb(p) = 0;
  endfor
endfunction

%!test
%! ## Exact for a quadratic (up to rounding): the gradient of sum (t.^2) is 2*t.
%! t = [1; -2; 0.5];
%! assert (computeNumericalGradient (@(t) sum (t .^ 2), t), 2 * t, 1e-10)

%!test
%! ## The shape of theta is kept; e is the half-step.
%! g = computeNumericalGradient (@(t) sum (t(:) .^ 3), [1 2; 3 4], 1e-2);
%! assert (size (g), [2, 2])
%! assert (g, 3 * [1 2; 3 4] .^ 2 + 1e-4, 1e-9)   # (f(x+e) - f(x-e))/2e = 3x^2 + e^2

%!function [v, g] = __value_and_nan__ (t)
%!  v = t' * t;
%!  g = NaN;
%!endfunction
%!test
%! ## Only the first output of J is used.
%! assert (computeNumericalGradient (@__value_and_nan__, [3; 4]), [6; 8], 1e-9)

%!test
%! ## NaN and Inf values are values: NaN in, NaN out.
%! assert (computeNumericalGradient (@(t) NaN, [1; 2]), [NaN; NaN])
%! assert (computeNumericalGradient (@(t) Inf, 1), NaN)

%!test
%! ## A function name works as a handle does.
%! assert (computeNumericalGradient ("sin", 0), 1, 1e-8)

## Test input validation
%!error <Invalid call> computeNumericalGradient (@sin)
%!error <J must be callable, got 1> computeNumericalGradient (1, 1)
%!error <THETA must be a real numeric array, got "a"> computeNumericalGradient (@sin, "a")
%!error <E must be a positive real scalar, got 0> computeNumericalGradient (@sin, 1, 0)
%!error <E must be a positive real scalar, got NaN> computeNumericalGradient (@sin, 1, NaN)
%!error <computeNumericalGradient: the value of J must be a real scalar, got an array of size 2x1> computeNumericalGradient (@(t) t, [1; 2])
%!error <computeNumericalGradient: the value of J must be a real scalar, got "abc"> computeNumericalGradient (@(t) "abc", [1; 2])
%!error <computeNumericalGradient: the value of J must be a real scalar, got a complex array of size 1x1> computeNumericalGradient (@(t) sqrt (-t), 1)
